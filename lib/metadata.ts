import "server-only";
import type { Metadata } from "next";
import { getPage, listPages } from "./content";
import { DEFAULT_LOCALE, getLocaleInfo, LOCALES, toPath, type Locale } from "./i18n";
import { getResourceGroup, listResourceGroups, toGroupSlug } from "./registry";
import { renderPreviewImage } from "./preview-image";
import { toAbsoluteUrl } from "./site";
import type { UiKey } from "./schema";
import { getUiStrings } from "./ui";

/** What every page's metadata is built from. */
interface PageMeta {
  locale: Locale;
  slug: string;
  title: string;
  description: string;
}

/**
 * Title ("<page> · <site name>"), description, canonical URL, hreflang
 * alternates, and the OpenGraph and Twitter tags that link previews in
 * messaging apps read. A shared `/faq#id` link previews as the FAQ page.
 */
function toMetadata({ locale, slug, title, description }: PageMeta): Metadata {
  const siteName = getUiStrings(locale)["site.name"];
  const fullTitle = `${title} · ${siteName}`;
  return {
    title: { absolute: fullTitle },
    description,
    alternates: toAlternates(locale, slug),
    openGraph: {
      type: "website",
      siteName,
      title: fullTitle,
      description,
      url: toPath(locale, slug),
      locale: getLocaleInfo(locale).tag.replace("-", "_"),
    },
    // Next.js fills the rest of the X (Twitter) tags from openGraph and the preview image.
    twitter: { card: "summary_large_image" },
  };
}

/** What a content page's metadata is built from, or null when it does not exist. */
async function getPageMeta(locale: Locale, slug: string): Promise<PageMeta | null> {
  const page = await getPage(locale, slug);
  return page && { locale, slug, title: page.title, description: page.description };
}

/** What a directory group page's metadata is built from, or null when it does not exist. */
function getGroupMeta(locale: Locale, groupKey: string): PageMeta | null {
  const group = getResourceGroup(locale, groupKey);
  return group && { locale, slug: toGroupSlug(group.key), title: group.title, description: group.intro };
}

/** Metadata of one content page. */
export async function getPageMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const meta = await getPageMeta(locale, slug);
  return meta ? toMetadata(meta) : {};
}

/**
 * Metadata of a page the site makes itself (the search page, the pocket card):
 * its title and description are interface strings. `index: false` keeps it out of search engines.
 */
export function getUtilityMetadata(
  locale: Locale,
  slug: string,
  { title, description, index = true }: { title: string; description: string; index?: boolean },
): Metadata {
  const metadata = toMetadata({ locale, slug, title, description });
  return index ? metadata : { ...metadata, robots: { index: false, follow: true } };
}

/** Metadata of a directory group's page. */
export async function getGroupMetadata(locale: Locale, groupKey: string): Promise<Metadata> {
  const meta = getGroupMeta(locale, groupKey);
  return meta ? toMetadata(meta) : {};
}

/** The link-preview image of a page the site makes itself (search, pocket card), titled by an interface string. */
export function getUtilityPreviewImage(locale: Locale, slug: string, titleKey: UiKey) {
  const siteName = getUiStrings(DEFAULT_LOCALE)["site.name"];
  return renderPreviewImage({ siteName, title: getUiStrings(locale)[titleKey], pagePath: toPath(locale, slug) });
}

/** The link-preview image of a content page (`groupKey` unset) or of a directory group's page, or null. */
export async function getPreviewImage(locale: Locale, slug: string, groupKey?: string) {
  const meta = groupKey === undefined ? await getPageMeta(locale, slug) : getGroupMeta(locale, groupKey);
  if (!meta) return null;
  const siteName = getUiStrings(DEFAULT_LOCALE)["site.name"];
  return renderPreviewImage({ siteName, title: meta.title, pagePath: toPath(locale, meta.slug) });
}

/**
 * The canonical URL (the page in its own language) and an hreflang link to the
 * page in every language, plus x-default (English). Every page lists the same
 * set, so the links are reciprocal.
 */
export function toAlternates(locale: Locale, slug: string): NonNullable<Metadata["alternates"]> {
  return {
    canonical: toPath(locale, slug),
    languages: {
      ...Object.fromEntries(LOCALES.map(({ code, tag }) => [tag, toPath(code, slug)])),
      "x-default": toPath(DEFAULT_LOCALE, slug),
    },
  };
}

/** One page of the site in every language, for the sitemap. */
export interface SiteRoute {
  slug: string;
  /** ISO date the page was last reviewed, by locale code. */
  lastReviewed: Record<string, string>;
}

/** Every page that exists: content pages and the directory's group pages, with review dates per language. */
export async function listSiteRoutes(): Promise<SiteRoute[]> {
  const perLocale = await Promise.all(LOCALES.map(async ({ code }) => [code, await listPages(code)] as const));
  const english = perLocale[0]![1];
  const routes: SiteRoute[] = english.map((page) => ({
    slug: page.slug,
    lastReviewed: Object.fromEntries(
      perLocale.map(([code, pages]) => [code, pages.find((p) => p.slug === page.slug)?.lastReviewed ?? page.lastReviewed]),
    ),
  }));
  // The pocket card is made from the how-to page and the directory.
  const howTo = routes.find((route) => route.slug === "how-to");
  routes.push({ slug: "card", lastReviewed: howTo?.lastReviewed ?? {} });
  // So is the incident record (the how-to's first step, as a form).
  routes.push({ slug: "record", lastReviewed: howTo?.lastReviewed ?? {} });
  const directory = routes.find((route) => route.slug === "resources");
  for (const group of listResourceGroups(DEFAULT_LOCALE)) {
    routes.push({ slug: toGroupSlug(group.key), lastReviewed: directory?.lastReviewed ?? {} });
  }
  return routes;
}

/** Absolute URL of a page in a language. */
export const toPageUrl = (locale: Locale, slug: string) => toAbsoluteUrl(toPath(locale, slug));
