import type { MdxContext } from "./context";

/**
 * `<Cite id="opsa" />`: a numbered reference to the page's Sources list.
 * The number is the source's place in order of first use on the page.
 */
export function createCite({ citations, t }: MdxContext) {
  return function Cite({ id }: { id: string }) {
    const n = citations.indexOf(id) + 1;
    return (
      <a href={`#source-${id}`} className="cite" aria-label={t("cite.label", { n })}>
        {`[${n}]`}
      </a>
    );
  };
}
