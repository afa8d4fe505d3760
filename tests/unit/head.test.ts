import { describe, expect, it } from "vitest";
import { toPageHead, type PageHeadInput } from "@/lib/head";
import { getLocaleInfo } from "@/lib/i18n";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/lib/preview-image";
import { toAlternates } from "@/lib/routes";
import { site, SITE_VERSION } from "@/lib/site";
import type { StructuredData } from "@/lib/structured-data";

const origin = site.origin;

const breadcrumbs: StructuredData = { "@context": "https://schema.org", "@type": "BreadcrumbList", itemListElement: [] };

const input: PageHeadInput = {
  locale: "es",
  slug: "faq",
  alternates: toAlternates("faq"),
  siteName: "Guía",
  title: "Preguntas",
  description: "Respuestas cortas.",
  indexed: true,
  previewImage: true,
  structuredData: [breadcrumbs],
  stylesheet: "/assets/site.css",
  scripts: ["/assets/main.js"],
};

/** What every language of the FAQ is linked as: each language's page and `x-default`, absolute. */
const faqAlternates = toAlternates("faq").map(({ hreflang, path }) => ({ hreflang, href: `${origin}${path}` }));

describe("a page's head", () => {
  it("of a translated page: title with the site name, canonical in its own language, every language, preview image", () => {
    expect(toPageHead(input)).toEqual({
      lang: "es",
      dir: "ltr",
      title: "Preguntas · Guía",
      description: "Respuestas cortas.",
      canonical: `${origin}/es/faq`,
      alternates: faqAlternates,
      openGraph: {
        siteName: "Guía",
        locale: "es",
        image: { url: `${origin}/es/faq/opengraph-image?${SITE_VERSION}`, alt: PREVIEW_ALT, width: 1200, height: 630 },
      },
      robots: null,
      themeColor: site.themeColor,
      structuredData: [breadcrumbs],
      stylesheet: "/assets/site.css",
      scripts: ["/assets/main.js"],
    });
    expect(PREVIEW_SIZE).toEqual({ width: 1200, height: 630 });
  });

  it("links each language's page and x-default (the English page) absolutely", () => {
    const { alternates } = toPageHead(input);
    expect(alternates).toContainEqual({ hreflang: "en", href: `${origin}/faq` });
    expect(alternates).toContainEqual({ hreflang: "zh-Hant", href: `${origin}/zh-hant/faq` });
    expect(alternates.at(-1)).toEqual({ hreflang: "x-default", href: `${origin}/faq` });
  });

  it("of the home page: the canonical and the English alternate are the bare origin, the image sits below the language", () => {
    const home = toPageHead({ ...input, locale: "en", slug: "", alternates: toAlternates("") });
    expect(home.canonical).toBe(origin);
    expect(home.alternates[0]).toEqual({ hreflang: "en", href: origin });
    expect(home.alternates).toContainEqual({ hreflang: "es", href: `${origin}/es` });
    expect(home.openGraph.image?.url).toBe(`${origin}/en/opengraph-image?${SITE_VERSION}`);
  });

  it("writes the OpenGraph locale with an underscore and a right-to-left language's direction", () => {
    const chinese = toPageHead({ ...input, locale: "zh-hant" });
    expect([chinese.lang, chinese.openGraph.locale, chinese.canonical]).toEqual(["zh-Hant", "zh_Hant", `${origin}/zh-hant/faq`]);
    const persian = toPageHead({ ...input, locale: "fa" });
    expect(getLocaleInfo("fa").dir).toBe("rtl");
    expect([persian.lang, persian.dir]).toEqual([getLocaleInfo("fa").tag, "rtl"]);
  });

  it("has no preview image when the page has none", () => {
    expect(toPageHead({ ...input, previewImage: false }).openGraph.image).toBeNull();
  });

  it("keeps pages that are not indexed out of search engines, still following their links", () => {
    expect(toPageHead({ ...input, slug: "search", alternates: toAlternates("search"), indexed: false }).robots).toBe(
      "noindex, follow",
    );
  });

  it("of the 404 page: no canonical, no alternates, no image, noindex, and no structured data when given none", () => {
    const notFound = toPageHead({
      ...input,
      locale: "en",
      slug: null,
      alternates: null,
      indexed: false,
      structuredData: undefined,
    });
    expect(notFound).toEqual({
      lang: "en",
      dir: "ltr",
      title: "Preguntas · Guía",
      description: "Respuestas cortas.",
      canonical: "",
      alternates: [],
      openGraph: { siteName: "Guía", locale: "en", image: null },
      robots: "noindex",
      themeColor: site.themeColor,
      structuredData: [],
      stylesheet: "/assets/site.css",
      scripts: ["/assets/main.js"],
    });
  });
});
