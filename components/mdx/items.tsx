import { AnchorHeading } from "../ui/anchor-heading";
import type { MdxContext } from "./context";

/** `<Faq id="…" question="…">answer</Faq>` and `<Violation id="…" title="…">…</Violation>`. */
export function createItems({ anchorLabels }: MdxContext) {
  return {
    Faq: ({ id, question, children }: { id: string; question: string; children: React.ReactNode }) => (
      <section className="faq">
        <AnchorHeading as="h2" id={id} labels={anchorLabels}>
          {question}
        </AnchorHeading>
        {children}
      </section>
    ),
    Violation: ({ id, title, children }: { id: string; title: string; children: React.ReactNode }) => (
      <section className="violation">
        <AnchorHeading as="h2" id={id} labels={anchorLabels}>
          {title}
        </AnchorHeading>
        {children}
      </section>
    ),
  };
}
