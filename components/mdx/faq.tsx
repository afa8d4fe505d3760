import { AnchorHeading } from "../ui/anchor-heading";
import { anchorLabelsFor, type MdxContext } from "./context";

/** `<Faq id="…" question="…">answer</Faq>`: one question, linkable, and its answer. */
export function createFaq(ctx: MdxContext) {
  return function Faq({ id, question, children }: { id: string; question: string; children: React.ReactNode }) {
    return (
      <section className="faq">
        <AnchorHeading as="h2" id={id} labels={anchorLabelsFor(ctx, id)}>
          {question}
        </AnchorHeading>
        {children}
      </section>
    );
  };
}
