import type { Locale } from "@/lib/i18n";
import type { Alternate } from "@/lib/routes";
import type { PageSummary } from "@/lib/schema";
import type { Translate } from "@/lib/ui";
import { Breadcrumbs } from "./breadcrumbs";
import { LanguagePicker } from "./language-picker";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** A step of the breadcrumb trail above the page title. */
export interface TrailStep {
  href: string;
  label: string;
}

/**
 * The frame of every page: the header (with the language picker), the
 * breadcrumb trail, the page's own content in `<main>`, and the footer.
 */
export function PageShell({
  locale,
  t,
  pages,
  currentSlug,
  alternates,
  searchPath,
  trail,
  crumb,
  lastReviewed,
  className = "wrap prose",
  children,
}: {
  locale: Locale;
  t: Translate;
  /** Every page of this language, for the header's navigation. */
  pages: readonly PageSummary[];
  /** The navigation entry to mark as current, if any. */
  currentSlug: string | null;
  /** This page in every language (the language picker), or null where the page has no address of its own. */
  alternates: readonly Alternate[] | null;
  /** The search page's path for the header's search box; null on the search page itself. */
  searchPath: string | null;
  /** The pages above this one, starting with home; null on the home page. */
  trail: readonly TrailStep[] | null;
  /** This page's name in the trail. */
  crumb: string;
  lastReviewed?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} t={t} pages={pages} currentSlug={currentSlug} searchPath={searchPath}>
        {alternates ? <LanguagePicker locale={locale} t={t} alternates={alternates} /> : null}
      </SiteHeader>
      <main id="main" tabIndex={-1} className={className}>
        {trail ? <Breadcrumbs t={t} trail={trail} title={crumb} /> : null}
        {children}
      </main>
      <SiteFooter locale={locale} t={t} lastReviewed={lastReviewed} />
    </>
  );
}
