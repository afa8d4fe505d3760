import { getPage, listPages, type Page, type PageSummary } from "./content";
import { DEFAULT_LOCALE, toPath, translationState, type Locale } from "./i18n";
import {
  getResource,
  getResourceGroup,
  listResourceGroups,
  type LocalizedResource,
  type ResourceGroupView,
} from "./resource-view";
import { SLUGS, toAlternates, type Alternate, type SiteRoute } from "./routes";
import { toBreadcrumbList, toPageStructuredData, toWebSite, type StructuredData } from "./structured-data";
import { getTranslator, type Translate } from "./ui";

/**
 * What every page needs besides its own content: where it sits in the site
 * (navigation, breadcrumb trail, other languages) and what it says about
 * itself (title, description, structured data). Built on the server, once per
 * page, from the list of pages (lib/routes.ts) and the content.
 */
export interface FrameView {
  locale: Locale;
  route: SiteRoute;
  t: Translate;
  /** Every page of the locale in navigation order. */
  pages: PageSummary[];
  /** The navigation entry marked as current. */
  currentSlug: string | null;
  /** The page's title (h1) and its description (meta description). */
  title: string;
  description: string;
  /** The page's name in the breadcrumb trail. */
  crumb: string;
  /** The pages above this one, starting with home; null on the home page and the 404 page. */
  trail: { href: string; label: string }[] | null;
  /** This page in every language, or null for the 404 page (it has no address of its own). */
  alternates: Alternate[] | null;
  /** When a person last checked what the page says (footer). */
  lastReviewed?: string;
  structuredData: StructuredData[];
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

/** One entry of "On this page": a section's id and title (English text in a translated page is marked). */
export interface OutlineItem {
  id: string;
  title: string;
  inEnglish?: true;
}

/** Everything a content page needs (`content/<locale>/<slug>.mdx`). */
export interface PageView {
  locale: Locale;
  page: Page;
  pages: PageSummary[];
  previous?: PageSummary;
  next?: PageSummary;
  /** The page's Sources list, in citation order. */
  sources: LocalizedResource[];
  /** Every entry the page cites or links (`<Cite>`, `<Resource>`, `<Contact>`, `<Phone>`), by key. */
  resources: Record<string, LocalizedResource>;
  /** The directory, when the page shows it. */
  groups: ResourceGroupView[];
  /** Entries for "On this page". */
  outline: OutlineItem[];
  translation: TranslationStatus | null;
  /**
   * What the body says in structured form (FAQPage, HowTo), or null. It is
   * written right after the body it repeats, not in the head: compression then
   * finds its text a second time (1.5 KB less for the Punjabi FAQ).
   */
  structuredData: StructuredData | null;
  t: Translate;
}

/** Everything the page of one directory group needs. */
export interface GroupView {
  locale: Locale;
  group: ResourceGroupView;
  /** The directory page (for the breadcrumb and the last-reviewed date). */
  directory: PageSummary;
  previous?: ResourceGroupView;
  next?: ResourceGroupView;
  translation: TranslationStatus | null;
  t: Translate;
}

/** The translation status of a page, or null for an English page. */
export async function getTranslationStatus(page: Page): Promise<TranslationStatus | null> {
  if (page.locale === DEFAULT_LOCALE || !page.translation) return null;
  const english = await getPage(DEFAULT_LOCALE, page.slug);
  return {
    englishPath: toPath(DEFAULT_LOCALE, page.slug),
    reviewed: page.translation.reviewed,
    outOfDate: english !== null && translationState(page.translation, english.lastReviewed) === "stale",
    languageAccess: getResource(page.locale, "language-access-program"),
  };
}

/** The view of one content page, or null when the locale has no such page. */
export async function getPageView(locale: Locale, slug: string): Promise<PageView | null> {
  const page = await getPage(locale, slug);
  if (!page) return null;
  const pages = await listPages(locale);
  // Previous and next run through the main sections; footer pages (privacy, accessibility) have neither.
  const sequence = pages.filter((summary) => summary.navigation === "main");
  const index = sequence.findIndex((summary) => summary.slug === slug);
  const groups = page.components.includes("Directory") ? listResourceGroups(locale) : [];
  const outline = [
    ...page.anchors.filter((anchor) => anchor.level === 2).map(({ id, title, inEnglish }) => ({ id, title, inEnglish })),
    ...groups.map((group) => ({ id: group.key, title: group.title })),
  ];
  return {
    locale,
    page,
    pages,
    previous: index > 0 ? sequence[index - 1] : undefined,
    next: index >= 0 ? sequence[index + 1] : undefined,
    sources: page.citations.map((key) => getResource(locale, key)).filter((entry) => entry !== null),
    resources: Object.fromEntries(
      [...page.citations, ...page.resources].flatMap((key) => {
        const entry = getResource(locale, key);
        return entry ? [[key, entry]] : [];
      }),
    ),
    groups,
    outline,
    translation: await getTranslationStatus(page),
    structuredData: page.slug === SLUGS.home ? null : toPageStructuredData(page),
    t: getTranslator(locale),
  };
}

/** The view of one directory group's page, or null for an unknown group. */
export async function getGroupView(locale: Locale, groupKey: string): Promise<GroupView | null> {
  const group = getResourceGroup(locale, groupKey);
  const directoryPage = await getPage(locale, SLUGS.directory);
  if (!group || !directoryPage) return null;
  const groups = listResourceGroups(locale);
  const index = groups.findIndex((candidate) => candidate.key === group.key);
  return {
    locale,
    group,
    directory: directoryPage,
    previous: groups[index - 1],
    next: groups[index + 1],
    translation: await getTranslationStatus(directoryPage),
    t: getTranslator(locale),
  };
}

/**
 * The frame of any page: title, description, trail, alternates and
 * structured data, by the kind of page. `content` and `group` pages take
 * their words from the content; the others from interface strings.
 */
export async function getFrameView(locale: Locale, route: SiteRoute): Promise<FrameView | null> {
  const t = getTranslator(locale);
  const pages = await listPages(locale);
  const home = { href: toPath(locale, SLUGS.home), label: t("nav.home") };
  const howTo = pages.find((page) => page.slug === SLUGS.howTo);
  const frame = (
    fields: Omit<FrameView, "locale" | "route" | "t" | "pages" | "alternates" | "structuredData" | "currentSlug"> & {
      currentSlug?: string | null;
      structuredData?: StructuredData[];
    },
  ): FrameView => {
    const alternates = route.kind === "not-found" ? null : toAlternates(route.slug);
    const structuredData = [
      ...(fields.trail ? [toBreadcrumbList([...fields.trail, { href: toPath(locale, route.slug), label: fields.crumb }])] : []),
      ...(fields.structuredData ?? []),
    ];
    return { locale, route, t, pages, alternates, currentSlug: null, ...fields, structuredData };
  };

  switch (route.kind) {
    case "content": {
      const page = await getPage(locale, route.slug);
      if (!page) return null;
      const isHome = page.slug === SLUGS.home;
      // The home page says what the site is; other pages' own data follows their body (PageView).
      const own = isHome ? toWebSite({ locale, name: t("site.name"), description: page.description }) : null;
      return frame({
        title: page.title,
        description: page.description,
        crumb: page.navTitle,
        trail: isHome ? null : [home],
        currentSlug: page.slug,
        lastReviewed: page.lastReviewed,
        structuredData: own ? [own] : [],
      });
    }
    case "group": {
      const group = route.group ? getResourceGroup(locale, route.group) : null;
      const directory = pages.find((page) => page.slug === SLUGS.directory);
      if (!group || !directory) return null;
      return frame({
        title: group.title,
        description: group.intro,
        crumb: group.title,
        trail: [home, { href: directory.path, label: directory.navTitle }],
        currentSlug: directory.slug,
        lastReviewed: directory.lastReviewed,
      });
    }
    case "card":
      return frame({
        title: t("card.title"),
        description: t("card.description"),
        crumb: t("card.title"),
        trail: [home],
        lastReviewed: howTo?.lastReviewed,
      });
    case "record":
      return frame({
        title: t("record.title"),
        description: t("record.description"),
        crumb: t("record.title"),
        trail: [home],
        lastReviewed: howTo?.lastReviewed,
      });
    case "search":
      return frame({ title: t("search.title"), description: t("search.description"), crumb: t("search.title"), trail: [home] });
    case "offline":
      return frame({ title: t("offline.title"), description: t("offline.body"), crumb: t("offline.title"), trail: null });
    case "not-found":
      return frame({ title: t("notFound.title"), description: t("notFound.body"), crumb: t("notFound.title"), trail: null });
  }
}

/** The ways into the guide that the search page, the offline page and the 404 page offer. */
export async function listStartPages(locale: Locale): Promise<PageSummary[]> {
  const pages = await listPages(locale);
  return [SLUGS.faq, SLUGS.howTo, SLUGS.directory]
    .map((slug) => pages.find((page) => page.slug === slug))
    .filter((page) => page !== undefined);
}
