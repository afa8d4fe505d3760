import type { BreadcrumbList, FAQPage, HowTo, Organization, WebSite, WithContext } from "schema-dts";
import type { Anchor, Page } from "./content";
import { getLocaleInfo, toPath, type Locale } from "./i18n";
import { toAbsoluteUrl } from "./site";

/**
 * schema.org structured data (JSON-LD) for search engines. Every value is taken
 * from what the page shows: the breadcrumb trail, the questions and answers,
 * the steps. Nothing here is written for search engines alone.
 */

export type StructuredData = WithContext<WebSite | BreadcrumbList | FAQPage | HowTo>;

/** The site, with its publisher and its search, for the home page. */
export function toWebSite({
  locale,
  name,
  description,
}: {
  locale: Locale;
  name: string;
  description: string;
}): WithContext<WebSite> {
  const url = toAbsoluteUrl(toPath(locale, ""));
  const publisher: Organization = { "@type": "Organization", name, url: toAbsoluteUrl("/") };
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name,
    description,
    url,
    inLanguage: getLocaleInfo(locale).tag,
    publisher,
  };
}

/** The breadcrumb trail as shown above the page title, the current page last. */
export function toBreadcrumbList(trail: readonly { href: string; label: string }[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((step, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: step.label,
      item: toAbsoluteUrl(step.href),
    })),
  };
}

/** The page's own structured data, by its frontmatter `schema`: every question, or every step. */
export function toPageStructuredData(page: Page): StructuredData | null {
  const inLanguage = getLocaleInfo(page.locale).tag;
  const url = toAbsoluteUrl(page.path);
  const of = (kind: Anchor["kind"]) => page.anchors.filter((anchor) => anchor.kind === kind);
  // English text in a translated page (<InEnglish>) says which language it is in.
  const english = (anchor: Anchor) => anchor.inEnglish && { inLanguage: "en" };
  switch (page.schema) {
    case "FAQPage":
      return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        name: page.title,
        url,
        inLanguage,
        mainEntity: of("faq").map((faq) => ({
          "@type": "Question",
          name: faq.title,
          url: `${url}#${faq.id}`,
          ...english(faq),
          acceptedAnswer: { "@type": "Answer", text: faq.text },
        })),
      };
    case "HowTo":
      return {
        "@context": "https://schema.org",
        "@type": "HowTo",
        name: page.title,
        description: page.description,
        url,
        inLanguage,
        step: of("step").map((step, index) => ({
          "@type": "HowToStep",
          position: index + 1,
          name: step.title,
          text: step.text,
          url: `${url}#${step.id}`,
          ...english(step),
        })),
      };
    default:
      return null;
  }
}

/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so no text
 * can close the script element early.
 */
export function serializeJsonLd(data: StructuredData): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
