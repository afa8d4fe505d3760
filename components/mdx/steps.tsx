import { AnchorHeading } from "../ui/anchor-heading";
import type { MdxContext } from "./context";

/**
 * `<Steps>` with `<Step id="…" title="…">` inside: a numbered, connected list of
 * steps, read the way GOV.UK's step-by-step pages read.
 */
export function createSteps({ anchorLabels }: MdxContext) {
  return {
    Steps: ({ children }: { children: React.ReactNode }) => <ol role="list" className="steps my-6 list-none p-0">{children}</ol>,
    Step: ({ id, title, children }: { id: string; title: string; children: React.ReactNode }) => (
      <li className="step relative ps-12 pb-6">
        <AnchorHeading as="h3" id={id} labels={anchorLabels} className="mb-1">
          {title}
        </AnchorHeading>
        <div className="[&>p]:my-2 [&>ul]:my-2">{children}</div>
      </li>
    ),
  };
}
