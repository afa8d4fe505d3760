import { notFound } from "next/navigation";
import { getUiStrings } from "./content";
import { DEFAULT_LOCALE, isLocale, LOCALES, toPath, type Locale } from "./i18n";
import { getFrameView } from "./page-view";
import { renderPreviewImage } from "./preview-image";
import { findRoute, listRoutes, toAlternates, type SiteRoute } from "./routes";
import { toAbsoluteUrl } from "./site";

/** The link-preview image of a page in a language (its title and address), or null when there is no such page. */
export async function getPreviewImage(locale: Locale, slug: string) {
  const route = findRoute(slug);
  const frame = route && (await getFrameView(locale, route));
  if (!frame) return null;
  const siteName = getUiStrings(DEFAULT_LOCALE)["site.name"];
  return renderPreviewImage({ siteName, title: frame.title, pagePath: toPath(locale, slug) });
}

/**
 * What an `opengraph-image.tsx` file exports: the pages of one route folder
 * that have a preview image (`select`), in every language, and the image of
 * one of them. `toParams` gives a route's params below `[locale]` (for a
 * dynamic folder such as `[section]`); the image route finds the page by them.
 */
export function previewImageRoute<Params extends Record<string, string> = Record<never, string>>(
  select: (route: SiteRoute) => boolean,
  toParams: (route: SiteRoute) => Params = () => ({}) as Params,
) {
  const routes = () => listRoutes().filter((route) => route.previewImage && select(route));
  const key = (params: Record<string, string>) => JSON.stringify(Object.entries(params).sort());
  return {
    generateStaticParams: () => routes().flatMap((route) => LOCALES.map(({ code }) => ({ locale: code, ...toParams(route) }))),
    async Image({ params }: { params: Promise<Record<string, string>> }) {
      const { locale, ...rest } = await params;
      const route = routes().find((candidate) => key(toParams(candidate)) === key(rest));
      const preview = route && locale && isLocale(locale) ? await getPreviewImage(locale, route.slug) : null;
      if (!preview) notFound();
      return preview;
    },
  };
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
