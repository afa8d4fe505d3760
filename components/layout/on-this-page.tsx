import type { OutlineItem } from "@/lib/page-view";
import type { Translate } from "@/lib/ui";
import { AnchorHeading } from "../ui/anchor-heading";

/** The page's main sections as links, for long pages. */
export function OnThisPage({ t, items }: { t: Translate; items: readonly OutlineItem[] }) {
  return (
    <nav aria-labelledby="on-this-page" className="toc no-print">
      <AnchorHeading as="h2" id="on-this-page" labels={{ linkTo: t("anchor.linkTo"), copy: t("anchor.copy") }}>
        {t("nav.onThisPage")}
      </AnchorHeading>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} className="tap-target" {...(item.inEnglish && { lang: "en", dir: "ltr" })}>
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
