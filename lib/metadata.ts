import "server-only";
import type { Metadata } from "next";
import { getPage } from "./content";
import { DEFAULT_LOCALE, LOCALES, toPath, type Locale } from "./i18n";
import { getResourceGroup, toGroupSlug } from "./registry";
import { getUiStrings } from "./ui";

/** Title, description and canonical URL of one page. */
export async function getPageMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const page = await getPage(locale, slug);
  if (!page) return {};
  const siteName = getUiStrings(locale)["site.name"];
  return {
    title: { absolute: `${page.title} · ${siteName}` },
    description: page.description,
    alternates: toAlternates(locale, slug),
  };
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

/** Title, description and canonical URL of a directory group's page. */
export async function getGroupMetadata(locale: Locale, groupKey: string): Promise<Metadata> {
  const group = getResourceGroup(locale, groupKey);
  if (!group) return {};
  return {
    title: { absolute: `${group.title} · ${getUiStrings(locale)["site.name"]}` },
    description: group.intro,
    alternates: toAlternates(locale, toGroupSlug(group.key)),
  };
}
