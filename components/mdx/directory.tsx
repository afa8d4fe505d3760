import { AnchorHeading } from "../ui/anchor-heading";
import type { MdxContext } from "./context";
import { DirectoryEntry } from "./resource";

/** `<Directory />`: every source and office, grouped by what a person needs. */
export function createDirectory(ctx: MdxContext) {
  return function Directory() {
    return (
      <>
        {ctx.groups.map((group) => (
          <section key={group.key} aria-labelledby={group.key}>
            <AnchorHeading as="h2" id={group.key} labels={ctx.anchorLabels}>
              {group.title}
            </AnchorHeading>
            <p>{group.intro}</p>
            {group.entries.map((entry) => (
              <DirectoryEntry key={entry.key} entry={entry} ctx={ctx} />
            ))}
          </section>
        ))}
      </>
    );
  };
}
