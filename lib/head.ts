import { getLocaleInfo, type Locale } from "./i18n";
import { PREVIEW_ALT, PREVIEW_SIZE } from "./preview-image";
import type { Alternate } from "./routes";
import { site, SITE_VERSION } from "./site";
import type { StructuredData } from "./structured-data";

/**
 * What a page says about itself in its `<head>`: one typed description per
 * page, rendered by one component (components/layout/page-head.tsx).
 */
export interface PageHead {
  /** BCP 47 tag for `lang`, e.g. `zh-Hant`, and the text direction. */
  lang: string;
  dir: "ltr" | "rtl";
  /** `<page> · <site name>`. */
  title: string;
  description: string;
  /** The page in its own language, absolute. */
  canonical: string;
  /** This page in every language and `x-default`, absolute. */
  alternates: { hreflang: string; href: string }[];
  /** OpenGraph (and, through it, X/Twitter) link previews. */
  openGraph: {
    siteName: string;
    locale: string;
    image: { url: string; alt: string; width: number; height: number } | null;
  };
  /** `noindex, follow` for pages search engines should not list (search, offline, 404). */
  robots: string | null;
  themeColor: string;
  /** JSON-LD blocks (data, never run). */
  structuredData: StructuredData[];
  /** The stylesheet and scripts of this page. */
  stylesheet: string;
  scripts: string[];
}

/** Everything a page's head is made from. */
export interface PageHeadInput {
  locale: Locale;
  /** The page's slug (below the language prefix); null for a page without a URL of its own (404). */
  slug: string | null;
  /** The page in every language (the frame's, from lib/routes.ts); null for the 404 page. */
  alternates: readonly Alternate[] | null;
  siteName: string;
  title: string;
  description: string;
  /** Listed by search engines. */
  indexed: boolean;
  /** The page has a link-preview image at `<locale>/<slug>/opengraph-image`. */
  previewImage: boolean;
  structuredData?: StructuredData[];
  stylesheet: string;
  scripts: string[];
}

/** An absolute URL as head links write it: the home page is the bare origin (`https://example.org`). */
function toHeadUrl(path: string): string {
  return path === "/" ? site.origin : `${site.origin}${path}`;
}

/** The head of one page. */
export function toPageHead(input: PageHeadInput): PageHead {
  const { locale, slug } = input;
  const info = getLocaleInfo(locale);
  const alternates = input.alternates ?? [];
  const own = alternates.find((alternate) => alternate.code === locale);
  // The build's version tells messaging apps that keep old previews when an image has changed.
  const imagePath = slug === null ? "" : `/${locale}${slug ? `/${slug}` : ""}/opengraph-image?${SITE_VERSION}`;
  return {
    lang: info.tag,
    dir: info.dir,
    title: `${input.title} · ${input.siteName}`,
    description: input.description,
    canonical: own ? toHeadUrl(own.path) : "",
    alternates: alternates.map(({ hreflang, path }) => ({ hreflang, href: toHeadUrl(path) })),
    openGraph: {
      siteName: input.siteName,
      locale: info.tag.replace("-", "_"),
      image: input.previewImage && slug !== null ? { url: toHeadUrl(imagePath), alt: PREVIEW_ALT, ...PREVIEW_SIZE } : null,
    },
    robots: input.indexed ? null : slug === null ? "noindex" : "noindex, follow",
    themeColor: site.themeColor,
    structuredData: input.structuredData ?? [],
    stylesheet: input.stylesheet,
    scripts: input.scripts,
  };
}
