import type { Translate } from "@/lib/ui";

/** The page's main sections as links, for long pages. */
export function OnThisPage({ t, items }: { t: Translate; items: readonly { id: string; title: string }[] }) {
  return (
    <nav aria-labelledby="on-this-page" className="toc no-print">
      <h2 id="on-this-page">{t("nav.onThisPage")}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} className="tap">
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
