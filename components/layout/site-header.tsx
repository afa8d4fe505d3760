import type { PageSummary } from "@/lib/content";
import { toPath, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";
import { SkipLink } from "./skip-link";

/** Where "Leave this site quickly" goes: a widely used site that says nothing about the reader. */
export const QUICK_EXIT_URL = "https://weather.com/";

/**
 * The site header: skip link, "Leave this site quickly", site name, search and
 * the primary navigation. On a phone it stays short so the page's title is on
 * the first screen: one row for leaving, one for the name, search and language,
 * and the navigation in one row that scrolls sideways. Plain links: it needs no
 * JavaScript and no menu button.
 */
export function SiteHeader({
  locale,
  t,
  pages,
  currentSlug,
  searchPath,
  children,
}: {
  locale: Locale;
  t: Translate;
  pages: readonly PageSummary[];
  currentSlug: string | null;
  /** The search page's path, for the header's search box; null on the search page, which has its own. */
  searchPath: string | null;
  /** Extra header content, e.g. the language picker. */
  children?: React.ReactNode;
}) {
  return (
    <header className="site-header">
      <SkipLink label={t("nav.skipToContent")} />
      <div className="wrap">
        {/* Leaves for a neutral site at once (quick-exit.ts also drops this page from the tab's history). */}
        <a href={QUICK_EXIT_URL} className="quick-exit no-print" data-module="quick-exit" rel="noreferrer">
          {t("quickExit.label")}
        </a>
        <a href={toPath(locale, "")} className="site-name">
          {t("site.name")}
        </a>
        <p className="tagline">{t("site.tagline")}</p>
        {searchPath ? (
          <>
            {/* On a phone the header shows a link to the search page instead of the box, to keep the page in view. */}
            <a href={searchPath} className="search-link no-print">
              {t("search.button")}
            </a>
            {/* Without JavaScript this sends `?q=` to the search page; with it, header-search.ts
                hands the query over in the `#q=` fragment, so it stays on the device. */}
            <form role="search" action={searchPath} method="get" className="header-search no-print" data-module="header-search">
              <input type="search" name="q" aria-label={t("search.label")} autoComplete="off" enterKeyHint="search" />
              <button type="submit">{t("search.button")}</button>
            </form>
          </>
        ) : null}
        {children}
      </div>
      <nav aria-label={t("nav.primaryLabel")} id="site-nav">
        <ul className="wrap">
          {pages
            .filter((page) => page.navigation === "main")
            .map((page) => (
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
