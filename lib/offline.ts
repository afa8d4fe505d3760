import "server-only";
import { LOCALES, toPath } from "./i18n";
import { listSiteRoutes } from "./metadata";

/** The build this site comes from: offline copies are kept per build, and replaced by the next one. */
export const BUILD_ID = process.env.BUILD_ID ?? "development";

/**
 * Paths the service worker keeps for offline reading, per language: every page
 * the sitemap lists (content pages, card, record, directory groups), plus the
 * search page and its index.
 */
export async function listOfflinePaths(): Promise<Record<string, { pages: string[]; fallback: string }>> {
  const routes = await listSiteRoutes();
  return Object.fromEntries(
    LOCALES.map(({ code }) => {
      const slugs = [...routes.map((route) => route.slug), "search", "search-index.json"];
      return [code, { pages: slugs.map((slug) => toPath(code, slug)), fallback: toPath(code, "offline") }];
    }),
  );
}
