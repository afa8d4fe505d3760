import type { PageSummary } from "@/lib/content";
import { toPath, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";
import { SkipLink } from "./skip-link";

/**
 * The site header: skip link, site name and the primary navigation. The
 * navigation is a plain list of links that wraps on a phone, so it needs no
 * JavaScript and no menu button.
 */
export function SiteHeader({
  locale,
  t,
  pages,
  currentSlug,
  children,
}: {
  locale: Locale;
  t: Translate;
  pages: readonly PageSummary[];
  currentSlug: string | null;
  /** Extra header content, e.g. the language picker. */
  children?: React.ReactNode;
}) {
  return (
    <header className="site-header">
      <SkipLink label={t("nav.skipToContent")} />
      <div className="wrap">
        <a href={toPath(locale, "")} className="site-name">
          {t("site.name")}
        </a>
        <p>{t("site.tagline")}</p>
        {children}
      </div>
      <nav aria-label={t("nav.primaryLabel")} id="site-nav">
        <ul className="wrap">
          {pages.map((page) => (
            <li key={page.slug}>
              <a href={page.path} aria-current={page.slug === currentSlug ? "page" : undefined}>
                {page.slug === "" ? t("nav.home") : page.navTitle}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
