import { CONTENT_ROOT, contentCache, getRegistry, getResourceTexts, getSourceChecks } from "./content";
import type { Locale } from "./i18n";
import { toGroupPath, toResourcePath } from "./routes";
import { ResourceGroupSchema, type Resource, type ResourceGroup, type ResourceText } from "./schema";
import { lastCheck, type LastCheck } from "./source-check-schema";

/**
 * The directory as a reader sees it in one language: each registry entry with its
 * words, its place on the site and when its official page was last checked, and the
 * groups in order. Made once per language from what lib/content.ts reads.
 */

/**
 * A registry entry with its words in one language, where it is shown in full (`path`),
 * and when its official page was last checked (`content/source-checks.json`; null when it never was).
 */
export type LocalizedResource = Resource & { text: ResourceText; path: string; check: LastCheck | null };

/** One group of the directory, in order, with its entries. */
export interface ResourceGroupView {
  key: ResourceGroup;
  title: string;
  intro: string;
  /** The group's own page, e.g. `/es/resources/emergencies`. */
  path: string;
  entries: LocalizedResource[];
}

interface Directory {
  byKey: Map<string, LocalizedResource>;
  groups: ResourceGroupView[];
}

const directories = contentCache<string, Directory>();

/** Every entry and group of one language, made once. */
function getDirectory(locale: Locale, root: string): Directory {
  const cacheKey = `${root}\0${locale}`;
  let directory = directories.get(cacheKey);
  if (!directory) {
    const words = getResourceTexts(locale, root);
    const checks = getSourceChecks(root);
    const byKey = new Map(
      [...getRegistry(root).values()].map((entry): [string, LocalizedResource] => [
        entry.key,
        { ...entry, text: words.entries[entry.key]!, path: toResourcePath(locale, entry), check: lastCheck(checks, entry.key) },
      ]),
    );
    const groups = ResourceGroupSchema.options.map((group) => ({
      key: group,
      ...words.groups[group],
      path: toGroupPath(locale, group),
      entries: [...byKey.values()].filter((entry) => entry.group === group),
    }));
    directory = { byKey, groups };
    directories.set(cacheKey, directory);
  }
  return directory;
}

/** One entry with its words, or null when the key is unknown. */
export function getResource(locale: Locale, key: string, root: string = CONTENT_ROOT): LocalizedResource | null {
  return getDirectory(locale, root).byKey.get(key) ?? null;
}

/** The directory, grouped by what a person needs, in the order of `ResourceGroupSchema`. */
export function listResourceGroups(locale: Locale, root: string = CONTENT_ROOT): ResourceGroupView[] {
  return getDirectory(locale, root).groups;
}

/** One directory group with its entries, or null for an unknown group key. */
export function getResourceGroup(locale: Locale, group: string, root: string = CONTENT_ROOT): ResourceGroupView | null {
  return listResourceGroups(locale, root).find((view) => view.key === group) ?? null;
}
