import { toPath, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";

/** Home › current page. The current page is text, marked `aria-current`. */
export function Breadcrumbs({ locale, t, title }: { locale: Locale; t: Translate; title: string }) {
  return (
    <nav aria-label={t("nav.breadcrumbLabel")} className="crumbs no-print">
      <ol>
        <li>
          <a href={toPath(locale, "")} className="tap">
            {t("nav.home")}
          </a>
        </li>
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}
