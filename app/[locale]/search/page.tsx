import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UtilityPage } from "@/components/layout/utility-page";
import { SearchBox } from "@/components/search/search-box";
import { listPages } from "@/lib/content";
import { isLocale, toPath } from "@/lib/i18n";
import { getUtilityMetadata } from "@/lib/metadata";
import { search } from "@/lib/search";
import { getSearchIndex } from "@/lib/search-index";
import { getTranslator } from "@/lib/ui";

const SLUG = "search";
/** Longer queries are cut: no one types more, and it bounds the work per request. */
const MAX_QUERY = 200;

export async function generateMetadata({ params }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return getUtilityMetadata(locale, SLUG, { title: t("search.title"), description: t("search.description"), index: false });
}

/**
 * Search in the reader's language. Without JavaScript the form is sent as
 * `?q=` and this page is rendered with the results; with JavaScript the
 * results come as the reader types, on the device (see SearchBox).
 */
export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? (q[0] ?? "") : (q ?? "")).slice(0, MAX_QUERY);
  const t = getTranslator(locale);
  const results = query.trim() ? search(await getSearchIndex(locale), query) : [];
  const pages = await listPages(locale);
  // With no query or no result: the questions, what to do, and the directory.
  const startHere = ["faq", "how-to", "resources"]
    .map((slug) => pages.find((page) => page.slug === slug))
    .filter((page) => page !== undefined);

  return (
    <UtilityPage locale={locale} t={t} pages={pages} slug={SLUG} title={t("search.title")} search={false}>
      <SearchBox
        action={toPath(locale, SLUG)}
        indexUrl={toPath(locale, "search-index.json")}
        labels={{
          label: t("search.label"),
          hint: t("search.hint"),
          button: t("search.button"),
          resultsFor: t("search.resultsFor"),
          noResults: t("search.noResults"),
        }}
        initialQuery={query}
        initialResults={results}
      >
      <p>{t("search.startHere")}</p>
      <ul>
        {startHere.map((page) => (
          <li key={page.slug}>
            <a href={page.path} className="tap">
              {page.title}
            </a>
          </li>
        ))}
      </ul>
    </SearchBox>
    </UtilityPage>
  );
}
