import type { MdxContext } from "./context";

/** `<SectionCards />`: a card for each section of the guide (every page but home). */
export function createSectionCards({ pages }: MdxContext) {
  return function SectionCards() {
    return (
      <ul className="cards">
        {pages
          .filter((page) => page.slug !== "")
          .map((page) => (
            <li key={page.slug}>
              <a href={page.path}>
                <strong>{page.title}</strong>
                {page.description}
              </a>
            </li>
          ))}
      </ul>
    );
  };
}
