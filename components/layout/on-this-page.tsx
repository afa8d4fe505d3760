import type { Translate } from "@/lib/ui";

/** The page's main sections as links, for long pages. */
export function OnThisPage({ t, items }: { t: Translate; items: readonly { id: string; title: string }[] }) {
  return (
    <nav aria-labelledby="on-this-page" className="no-print my-6 border-s-4 border-line ps-4">
      <h2 id="on-this-page" className="m-0 text-lg font-bold">
        {t("nav.onThisPage")}
      </h2>
      <ul className="m-0 mt-1 list-none space-y-0 p-0">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} className="inline-flex min-h-8 items-center">
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
