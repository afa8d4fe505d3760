import { AnchorHeading } from "../ui/anchor-heading";
import type { MdxContext } from "./context";

type HeadingProps = { id: string; children: React.ReactNode };

/** `<H2 id="who-is-covered">Who is covered</H2>`: a section heading with a stable id. */
export function createHeadings({ anchorLabels }: MdxContext) {
  return {
    H2: ({ id, children }: HeadingProps) => (
      <AnchorHeading as="h2" id={id} labels={anchorLabels}>
        {children}
      </AnchorHeading>
    ),
    H3: ({ id, children }: HeadingProps) => (
      <AnchorHeading as="h3" id={id} labels={anchorLabels}>
        {children}
      </AnchorHeading>
    ),
  };
}
