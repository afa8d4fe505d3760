import "server-only";
import { getPage, listPages, type Page, type PageSummary } from "./content";
import type { Locale } from "./i18n";
import { getResource, listResourceGroups, type LocalizedResource, type ResourceGroupView } from "./registry";
import { getTranslator, type Translate } from "./ui";

/** Everything a route needs to render one page, prepared on the server at build time. */
export interface PageView {
  locale: Locale;
  page: Page;
  /** Every page of the locale in navigation order. */
  pages: PageSummary[];
  previous?: PageSummary;
  next?: PageSummary;
  /** The page's Sources list, in citation order. */
  sources: LocalizedResource[];
  /** The directory, when the page shows it. */
  groups: ResourceGroupView[];
  /** Entries for "On this page". */
  outline: { id: string; title: string }[];
  t: Translate;
}

/** The view of one page, or null when the locale has no such page. */
export async function getPageView(locale: Locale, slug: string): Promise<PageView | null> {
  const page = await getPage(locale, slug);
  if (!page) return null;
  const pages = await listPages(locale);
  const index = pages.findIndex((summary) => summary.slug === slug);
  const groups = page.components.includes("Directory") ? listResourceGroups(locale) : [];
  const outline = [
    ...page.anchors.filter((anchor) => anchor.level === 2).map(({ id, title }) => ({ id, title })),
    ...groups.map((group) => ({ id: group.key, title: group.title })),
  ];
  return {
    locale,
    page,
    pages,
    previous: index > 0 ? pages[index - 1] : undefined,
    next: pages[index + 1],
    sources: page.citations.map((key) => getResource(locale, key)).filter((entry) => entry !== null),
    groups,
    outline,
    t: getTranslator(locale),
  };
}
