import { LOCALES, toPath } from "./i18n";
import { listRoutes, SEARCH_INDEX_SLUG, SLUGS } from "./routes";

export { SITE_VERSION } from "./site";

/**
 * Paths the service worker keeps for offline reading, per language: every page
 * the list of pages marks for it (content pages, card, record, directory groups,
 * search), plus the search index; and the page it shows for one it has not kept.
 */
export async function listOfflinePaths(): Promise<Record<string, { pages: string[]; fallback: string }>> {
  const slugs = [
    ...listRoutes()
      .filter((route) => route.offline)
      .map((route) => route.slug),
    SEARCH_INDEX_SLUG,
  ];
  return Object.fromEntries(
    LOCALES.map(({ code }) => [
      code,
      {
        pages: slugs.filter((slug) => slug !== SLUGS.offline).map((slug) => toPath(code, slug)),
        fallback: toPath(code, SLUGS.offline),
      },
    ]),
  );
}
