import { contentCache, getPage, listPages } from "./content";
import { toPath, type Locale } from "./i18n";
import { listResourceGroups } from "./resource-view";
import { SLUGS } from "./routes";
import type { SearchDoc } from "./search";
import { getTranslator } from "./ui";

const indexes = contentCache<Locale, Promise<SearchDoc[]>>();

/**
 * Everything a reader can search for in one language, built from the content
 * at build time: every page, every heading, question, step and violation with
 * its text, the pocket card, the incident record, and every directory group and entry.
 */
export function getSearchIndex(locale: Locale): Promise<SearchDoc[]> {
  let index = indexes.get(locale);
  if (!index) {
    index = buildSearchIndex(locale);
    indexes.set(locale, index);
  }
  return index;
}

async function buildSearchIndex(locale: Locale): Promise<SearchDoc[]> {
  const t = getTranslator(locale);
  const docs: SearchDoc[] = [];
  for (const summary of await listPages(locale)) {
    const page = await getPage(locale, summary.slug);
    if (!page) continue;
    docs.push({ url: page.path, title: page.title, section: page.navTitle, text: page.description });
    for (const anchor of page.anchors) {
      docs.push({
        url: `${page.path}#${anchor.id}`,
        title: anchor.title,
        section: page.navTitle,
        text: anchor.text,
        ...(anchor.inEnglish && { inEnglish: true }),
      });
    }
  }
  docs.push({ url: toPath(locale, SLUGS.card), title: t("card.title"), section: t("card.link"), text: t("card.description") });
  docs.push({
    url: toPath(locale, SLUGS.record),
    title: t("record.title"),
    section: t("record.title"),
    text: t("record.description"),
  });
  for (const group of listResourceGroups(locale)) {
    docs.push({ url: group.path, title: group.title, section: group.title, text: group.intro });
    for (const entry of group.entries) {
      const { explain, use, notFor, caution } = entry.text;
      docs.push({
        url: entry.path,
        title: entry.name,
        section: group.title,
        text: [explain, use, notFor, caution, ...entry.phones.map((phone) => phone.display)].filter(Boolean).join(" "),
      });
    }
  }
  return docs;
}
