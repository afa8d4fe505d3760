import { AnchorHeading } from "../ui/anchor-heading";
import { anchorLabelsFor, type MdxContext } from "./context";

type HeadingProps = { id: string; children: React.ReactNode };

/** `<H2 id="who-is-covered">Who is covered</H2>`: a section heading with a stable id. */
export function createHeadings(ctx: MdxContext) {
  return {
    H2: ({ id, children }: HeadingProps) => (
      <AnchorHeading as="h2" id={id} labels={anchorLabelsFor(ctx, id)}>
        {children}
      </AnchorHeading>
    ),
    H3: ({ id, children }: HeadingProps) => (
      <AnchorHeading as="h3" id={id} labels={anchorLabelsFor(ctx, id)}>
        {children}
      </AnchorHeading>
    ),
  };
}
