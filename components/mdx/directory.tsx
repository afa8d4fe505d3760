import { AnchorHeading } from "../ui/anchor-heading";
import type { MdxContext } from "./context";
import { PhoneLinks } from "./resource";

/**
 * `<Directory />`: every source and office, grouped by what a person needs.
 * Each entry keeps its id here (`/resources#opsa`) with its name, what it is
 * and its phone numbers; the name leads to the group's page with everything
 * about it. Keeping the details on the group pages keeps this page light.
 */
export function createDirectory(ctx: MdxContext) {
  return function Directory() {
    return ctx.groups.map((group) => (
      <section key={group.key} aria-labelledby={group.key}>
        <AnchorHeading as="h2" id={group.key} labels={ctx.anchorLabels}>
          {group.title}
        </AnchorHeading>
        <p>
          {group.intro} <a href={group.path}>{group.title} ›</a>
        </p>
        <ul className="index">
          {group.entries.map((entry) => (
            <li key={entry.key} id={entry.key}>
              <a href={entry.path}>{entry.name}</a>
              {entry.text.explain ? <span className="explain">{entry.text.explain}</span> : null}
              <PhoneLinks entry={entry} />
            </li>
          ))}
        </ul>
      </section>
    ));
  };
}
