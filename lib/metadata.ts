import "server-only";
import type { Metadata } from "next";
import { getPage } from "./content";
import { toPath, type Locale } from "./i18n";
import { getUiStrings } from "./ui";

/** Title, description and canonical URL of one page. */
export async function getPageMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const page = await getPage(locale, slug);
  if (!page) return {};
  const siteName = getUiStrings(locale)["site.name"];
  return {
    title: slug === "" ? { absolute: `${page.title} · ${siteName}` } : `${page.title} · ${siteName}`,
    description: page.description,
    alternates: { canonical: toPath(locale, slug) },
  };
}
