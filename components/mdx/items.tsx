import { AnchorHeading } from "../ui/anchor-heading";
import type { MdxContext } from "./context";

/** `<Faq id="…" question="…">answer</Faq>` and `<Violation id="…" title="…">…</Violation>`. */
export function createItems({ anchorLabels }: MdxContext) {
  return {
    Faq: ({ id, question, children }: { id: string; question: string; children: React.ReactNode }) => (
      <section className="border-t border-line pt-4 pb-2 first-of-type:border-t-0">
        <AnchorHeading as="h2" id={id} labels={anchorLabels} className="mb-2">
          {question}
        </AnchorHeading>
        {children}
      </section>
    ),
    Violation: ({ id, title, children }: { id: string; title: string; children: React.ReactNode }) => (
      <section className="mt-8 border-s-4 border-brand ps-4">
        <AnchorHeading as="h2" id={id} labels={anchorLabels} className="mb-2">
          {title}
        </AnchorHeading>
        {children}
      </section>
    ),
  };
}
