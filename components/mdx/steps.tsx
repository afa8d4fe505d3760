import { AnchorHeading } from "../ui/anchor-heading";
import { anchorLabelsFor, type MdxContext } from "./context";

/**
 * `<Steps>` with `<Step id="…" title="…">` inside: a numbered, connected list of
 * steps, read the way GOV.UK's step-by-step pages read.
 */
export function createSteps(ctx: MdxContext) {
  return {
    // role="list" keeps list semantics in Safari, which drops them when list-style is none.
    Steps: ({ children }: { children: React.ReactNode }) => (
      <ol role="list" className="steps">
        {children}
      </ol>
    ),
    Step: ({ id, title, children }: { id: string; title: string; children: React.ReactNode }) => (
      <li className="step">
        <AnchorHeading as="h3" id={id} labels={anchorLabelsFor(ctx, id)}>
          {title}
        </AnchorHeading>
        {children}
      </li>
    ),
  };
}
