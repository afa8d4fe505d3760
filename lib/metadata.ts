import { getUiStrings } from "./content";
import { DEFAULT_LOCALE, LOCALES, toPath, type Locale } from "./i18n";
import { getFrameView } from "./page-view";
import { renderPreviewImage } from "./preview-image";
import { findRoute, listRoutes, toAlternates } from "./routes";
import { toAbsoluteUrl } from "./site";

/** The link-preview image of a page in a language (its title and address), or null when there is no such page. */
export async function getPreviewImage(locale: Locale, slug: string) {
  const route = findRoute(slug);
  const frame = route && (await getFrameView(locale, route));
  if (!frame) return null;
  const siteName = getUiStrings(DEFAULT_LOCALE)["site.name"];
  return renderPreviewImage({ siteName, title: frame.title, pagePath: toPath(locale, slug) });
}

/** One entry of the sitemap: a page in one language, its review date and its other languages. */
export interface SitemapEntry {
  url: string;
  lastModified?: string;
  alternates: { languages: Record<string, string> };
}

/** Every page search engines may list, in every language, with its review date and alternates. */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  for (const route of listRoutes().filter((candidate) => candidate.indexed)) {
    const languages = Object.fromEntries(toAlternates(route.slug).map(({ hreflang, path }) => [hreflang, toAbsoluteUrl(path)]));
    for (const { code } of LOCALES) {
      const frame = await getFrameView(code, route);
      entries.push({
        url: toAbsoluteUrl(toPath(code, route.slug)),
        lastModified: frame?.lastReviewed,
        alternates: { languages },
      });
    }
  }
  return entries;
}
