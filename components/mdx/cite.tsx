import type { MdxContext } from "./context";

/**
 * `<Cite id="opsa" />`: a numbered reference to the page's Sources list.
 * The number is the source's place in order of first use on the page.
 */
export function createCite({ citations, t, getResource }: MdxContext) {
  return function Cite({ id }: { id: string }) {
    const n = citations.indexOf(id) + 1;
    const name = getResource(id)?.name ?? id;
    return (
      <a
        href={`#source-${id}`}
        className="cite ms-0.5 inline-block min-h-6 min-w-6 text-center whitespace-nowrap no-underline hover:underline"
        title={name}
      >
        <span aria-hidden="true">[{n}]</span>
        <span className="sr-only">{t("cite.label", { n })}</span>
      </a>
    );
  };
}
