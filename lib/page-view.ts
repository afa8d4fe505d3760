import "server-only";
import { getPage, listPages, type Page, type PageSummary } from "./content";
import { DEFAULT_LOCALE, toAlternatePaths, toPath, type Locale } from "./i18n";
import {
  getResource,
  getResourceGroup,
  listResourceGroups,
  toGroupSlug,
  type LocalizedResource,
  type ResourceGroupView,
} from "./registry";
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
  /** This page in every language, by locale code. */
  alternates: Record<string, string>;
  /** On a translated page: its status against the English page. */
  translation: TranslationStatus | null;
  t: Translate;
}

/** How a translated page stands against its English original. */
export interface TranslationStatus {
  englishPath: string;
  /** A professional translator has checked it. */
  reviewed: boolean;
  /** The English page was reviewed again after this translation was made. */
  outOfDate: boolean;
  /** The City's language access program, for asking for help in one's language. */
  languageAccess: LocalizedResource | null;
}

/** The translation status of a page, or null for an English page. */
export async function getTranslationStatus(page: Page): Promise<TranslationStatus | null> {
  if (page.locale === DEFAULT_LOCALE || !page.translation) return null;
  const english = await getPage(DEFAULT_LOCALE, page.slug);
  return {
    englishPath: toPath(DEFAULT_LOCALE, page.slug),
    reviewed: page.translation.reviewed,
    outOfDate: english !== null && page.translation.from < english.lastReviewed,
    languageAccess: getResource(page.locale, "language-access-program"),
  };
}

/** The view of one page, or null when the locale has no such page. */
export async function getPageView(locale: Locale, slug: string): Promise<PageView | null> {
  const page = await getPage(locale, slug);
  if (!page) return null;
  const pages = await listPages(locale);
  // Previous and next run through the main sections; footer pages (privacy, accessibility) have neither.
  const sequence = pages.filter((summary) => summary.navigation === "main");
  const index = sequence.findIndex((summary) => summary.slug === slug);
  const groups = page.components.includes("Directory") ? listResourceGroups(locale) : [];
  const outline = [
    ...page.anchors.filter((anchor) => anchor.level === 2).map(({ id, title }) => ({ id, title })),
    ...groups.map((group) => ({ id: group.key, title: group.title })),
  ];
  return {
    locale,
    page,
    pages,
    previous: index > 0 ? sequence[index - 1] : undefined,
    next: index >= 0 ? sequence[index + 1] : undefined,
    sources: page.citations.map((key) => getResource(locale, key)).filter((entry) => entry !== null),
    groups,
    outline,
    alternates: toAlternatePaths(slug),
    translation: await getTranslationStatus(page),
    t: getTranslator(locale),
  };
}

/** The directory page's slug; its groups each have a page below it. */
export const DIRECTORY_SLUG = "resources";

/** Everything the page of one directory group needs. */
export interface GroupView {
  locale: Locale;
  group: ResourceGroupView;
  /** The directory page (for the breadcrumb and the last-reviewed date). */
  directory: PageSummary;
  pages: PageSummary[];
  previous?: ResourceGroupView;
  next?: ResourceGroupView;
  alternates: Record<string, string>;
  translation: TranslationStatus | null;
  t: Translate;
}

/** The view of one directory group's page, or null for an unknown group. */
export async function getGroupView(locale: Locale, groupKey: string): Promise<GroupView | null> {
  const group = getResourceGroup(locale, groupKey);
  const pages = await listPages(locale);
  const directory = pages.find((page) => page.slug === DIRECTORY_SLUG);
  if (!group || !directory) return null;
  const groups = listResourceGroups(locale);
  const index = groups.findIndex((candidate) => candidate.key === group.key);
  const directoryPage = await getPage(locale, DIRECTORY_SLUG);
  return {
    locale,
    group,
    directory,
    pages,
    previous: groups[index - 1],
    next: groups[index + 1],
    alternates: toAlternatePaths(toGroupSlug(group.key)),
    translation: directoryPage ? await getTranslationStatus(directoryPage) : null,
    t: getTranslator(locale),
  };
}
