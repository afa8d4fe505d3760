import { AnchorHeading } from "../ui/anchor-heading";
import type { MdxContext } from "./context";

/** `<Violation id="…" title="…">…</Violation>`: one example of a violation, linkable. */
export function createViolation({ anchorLabels }: MdxContext) {
  return function Violation({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
    return (
      <section className="violation">
        <AnchorHeading as="h2" id={id} labels={anchorLabels}>
          {title}
        </AnchorHeading>
        {children}
      </section>
    );
  };
}
