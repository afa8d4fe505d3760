import type { PageSummary } from "@/lib/content";
import { toAlternatePaths, toPath, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";
import { Breadcrumbs } from "./breadcrumbs";
import { LanguagePicker } from "./language-picker";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * The frame of a page the site makes itself (search, pocket card, incident
 * record): header with the language picker, breadcrumbs, the title, then the
 * page's own content and the footer.
 */
export function UtilityPage({
  locale,
  t,
  pages,
  slug,
  title,
  search,
  className = "wrap prose",
  lastReviewed,
  children,
}: {
  locale: Locale;
  t: Translate;
  pages: readonly PageSummary[];
  slug: string;
  title: string;
  /** Whether the header shows its search box (not on the search page). */
  search?: boolean;
  className?: string;
  lastReviewed?: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} t={t} pages={pages} currentSlug={null} search={search}>
        <LanguagePicker locale={locale} t={t} paths={toAlternatePaths(slug)} />
      </SiteHeader>
      <main id="main" tabIndex={-1} className={className}>
        <Breadcrumbs
          t={t}
          trail={[{ href: toPath(locale, ""), label: t("nav.home") }]}
          title={title}
          path={toPath(locale, slug)}
        />
        <h1 id="page-title">{title}</h1>
        {children}
      </main>
      <SiteFooter locale={locale} t={t} lastReviewed={lastReviewed} />
    </>
  );
}
