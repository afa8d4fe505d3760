import { AnchorHeading } from "../ui/anchor-heading";
import { anchorLabelsFor, type MdxContext } from "./context";

/** `<Violation id="…" title="…">…</Violation>`: one example of a violation, linkable. */
export function createViolation(ctx: MdxContext) {
  return function Violation({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
    return (
      <section className="violation">
        <AnchorHeading as="h2" id={id} labels={anchorLabelsFor(ctx, id)}>
          {title}
        </AnchorHeading>
        {children}
      </section>
    );
  };
}
