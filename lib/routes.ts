import { listSlugs } from "./content";
import { DEFAULT_LOCALE, LOCALES, toPath, type Locale } from "./i18n";
import { ResourceGroupSchema, type ResourceGroup } from "./schema";
import { SLUGS } from "./slugs.mjs";

/**
 * The one list of every page the site has. Route handlers, the sitemap, the
 * service worker, the search index, the footer, the 404 page and the tests
 * all read it: no other file writes a page's path.
 *
 * A route is language-neutral (`slug`); each language serves it at
 * `toPath(locale, slug)`: `/faq` in English, `/es/faq` in Spanish.
 */

/** Pages the site's own code links to by name (lib/slugs.mjs). Content pages among them must exist in `content/en/`. */
export { SLUGS };

/** Files that are not pages but belong to one language. */
export const SEARCH_INDEX_SLUG = "search-index.json";

/** What kind of page a route is: it decides which view and component render it. */
export type RouteKind = "content" | "group" | "card" | "record" | "search" | "offline" | "not-found";

export interface SiteRoute {
  kind: RouteKind;
  /** "" for home, else the path below the language prefix, e.g. `faq` or `resources/city-policy`. */
  slug: string;
  /** For a directory group's page: which group. */
  group?: ResourceGroup;
  /** Listed in the sitemap and indexed by search engines. */
  indexed: boolean;
  /** Kept by the service worker for offline reading. */
  offline: boolean;
  /** Prerendered at build time (every page but search results). */
  prerendered: boolean;
  /** Has a link-preview image (`opengraph-image.tsx` beside its route handler). */
  previewImage: boolean;
}

/** Slug of a directory group's own page: `resources/report-police-conduct`. */
export function toGroupSlug(group: ResourceGroup): string {
  return `${SLUGS.directory}/${group}`;
}

/** A directory group's own page: `/es/resources/report-police-conduct`. */
export function toGroupPath(locale: Locale, group: ResourceGroup): string {
  return toPath(locale, toGroupSlug(group));
}

/** Where a directory entry is shown in full: its group's page, at the entry's id. */
export function toResourcePath(locale: Locale, entry: { key: string; group: ResourceGroup }): string {
  return toPath(locale, toGroupSlug(entry.group), entry.key);
}

/**
 * Statements about the site itself, read online. The offline copy keeps the
 * guide: every section, the directory, the card, the record and search, within
 * the 150 KB a reader's phone downloads for it (bench/budgets.json).
 */
const READ_ONLINE: readonly string[] = [SLUGS.privacy, SLUGS.accessibility];

/** Every page of the site, in the order the sitemap lists them (the same in every language). */
export function listRoutes(): SiteRoute[] {
  const contentSlugs = listSlugs(DEFAULT_LOCALE);
  for (const slug of [SLUGS.home, SLUGS.howTo, SLUGS.faq, SLUGS.directory, SLUGS.privacy, SLUGS.accessibility]) {
    if (!contentSlugs.includes(slug)) {
      throw new Error(
        `content/${DEFAULT_LOCALE}/${slug || "index"}.mdx is missing: the site links to it by name (lib/routes.ts)`,
      );
    }
  }
  const page = (kind: RouteKind, slug: string, extra: Partial<SiteRoute> = {}): SiteRoute => ({
    kind,
    slug,
    indexed: true,
    offline: true,
    prerendered: true,
    previewImage: true,
    ...extra,
  });
  return [
    ...contentSlugs.map((slug) => page("content", slug, { offline: !READ_ONLINE.includes(slug) })),
    page("card", SLUGS.card),
    page("record", SLUGS.record),
    ...ResourceGroupSchema.options.map((group) => page("group", toGroupSlug(group), { group })),
    page("search", SLUGS.search, { indexed: false, prerendered: false }),
    page("offline", SLUGS.offline, { indexed: false, previewImage: false }),
    page("not-found", SLUGS.notFound, { indexed: false, offline: false, previewImage: false }),
  ];
}

/** The route at a slug, or null when the site has no such page. */
export function findRoute(slug: string): SiteRoute | null {
  return listRoutes().find((route) => route.slug === slug) ?? null;
}

/** Params for `generateStaticParams`: every prerendered route whose slug has `segments` parts, in every language. */
export function listRouteParams(segments: 0 | 1 | 2): { locale: string; slug: string[] }[] {
  const count = (slug: string) => (slug ? slug.split("/").length : 0);
  return listRoutes()
    .filter((route) => route.prerendered && count(route.slug) === segments)
    .flatMap((route) => LOCALES.map(({ code }) => ({ locale: code, slug: route.slug ? route.slug.split("/") : [] })));
}

/** One language's copy of a page: `code` is the locale (null for `x-default`), `hreflang` its BCP 47 tag. */
export interface Alternate {
  code: Locale | null;
  hreflang: string;
  path: string;
}

/** A page's path in every language, plus `x-default` (the English page): hreflang links, the sitemap and the language picker. */
export function toAlternates(slug: string): Alternate[] {
  return [
    ...LOCALES.map(({ code, tag }) => ({ code, hreflang: tag, path: toPath(code, slug) })),
    { code: null, hreflang: "x-default", path: toPath(DEFAULT_LOCALE, slug) },
  ];
}
