import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { contentCache } from "./content-cache";
import type { Locale } from "./i18n";
import {
  RegistrySchema,
  ResourceGroupSchema,
  ResourceTextsSchema,
  type Resource,
  type ResourceGroup,
  type ResourceText,
  type ResourceTexts,
} from "./schema";
import { lastCheck, SourceCheckStateSchema, type LastCheck, type SourceCheckState } from "./source-check-schema";

/** Where content lives: `content/resources.json` and `content/<locale>/`. */
export const CONTENT_ROOT = path.join(process.cwd(), "content");

/**
 * A registry entry with its words in one language, and when its official page
 * was last checked (`content/source-checks.json`; null when it never was).
 */
export type LocalizedResource = Resource & { text: ResourceText; check: LastCheck | null };

/** One group of the directory, in order, with its entries. */
export interface ResourceGroupView {
  key: ResourceGroup;
  title: string;
  intro: string;
  entries: LocalizedResource[];
}

/** Reads and validates a JSON file; a failure names the file and the field. */
export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const relative = path.relative(process.cwd(), file);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, "utf8"));
  } catch (error) {
    throw new Error(`${relative}: cannot read JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${relative}: invalid content\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

const registries = contentCache<string, Map<string, Resource>>();

/** Every source and office from `<root>/resources.json`, by key (read once). */
export function getRegistry(root: string = CONTENT_ROOT): Map<string, Resource> {
  let registry = registries.get(root);
  if (!registry) {
    const entries = readJson(path.join(root, "resources.json"), RegistrySchema);
    registry = new Map(entries.map((entry) => [entry.key, entry]));
    registries.set(root, registry);
  }
  return registry;
}

const texts = contentCache<string, ResourceTexts>();

/**
 * The directory's words in one language. Fails when a registry entry has no text,
 * or the text names a key the registry does not have.
 */
export function getResourceTexts(locale: Locale, root: string = CONTENT_ROOT): ResourceTexts {
  const cacheKey = `${root}\0${locale}`;
  let result = texts.get(cacheKey);
  if (!result) {
    const file = path.join(root, locale, "resources.json");
    result = readJson(file, ResourceTextsSchema);
    const registry = getRegistry(root);
    const relative = path.relative(process.cwd(), file);
    for (const key of registry.keys()) {
      if (!result.entries[key]) throw new Error(`${relative}: no text for registry entry "${key}"`);
    }
    for (const key of Object.keys(result.entries)) {
      if (!registry.has(key)) throw new Error(`${relative}: "${key}" is not in resources.json`);
    }
    texts.set(cacheKey, result);
  }
  return result;
}

const checks = contentCache<string, SourceCheckState>();

/**
 * The last reviewed check of every source (`content/source-checks.json`, written by
 * `npm run check-sources -- --update`), read once. A missing file means nothing was checked.
 */
export function getSourceChecks(root: string = CONTENT_ROOT): SourceCheckState {
  let state = checks.get(root);
  if (!state) {
    const file = path.join(root, "source-checks.json");
    state = fs.existsSync(/* turbopackIgnore: true */ file) ? readJson(file, SourceCheckStateSchema) : { sources: {} };
    checks.set(root, state);
  }
  return state;
}

/** An entry with its words and its last check. */
function localize(entry: Resource, text: ResourceText, root: string): LocalizedResource {
  return { ...entry, text, check: lastCheck(getSourceChecks(root), entry.key) };
}

/** One entry with its words, or null when the key is unknown. */
export function getResource(locale: Locale, key: string, root: string = CONTENT_ROOT): LocalizedResource | null {
  const entry = getRegistry(root).get(key);
  if (!entry) return null;
  const text = getResourceTexts(locale, root).entries[key];
  return text ? localize(entry, text, root) : null;
}

/** The directory, grouped by what a person needs, in the order of `ResourceGroupSchema`. */
export function listResourceGroups(locale: Locale, root: string = CONTENT_ROOT): ResourceGroupView[] {
  const words = getResourceTexts(locale, root);
  const entries = [...getRegistry(root).values()];
  return ResourceGroupSchema.options.map((group) => ({
    key: group,
    ...words.groups[group],
    entries: entries.filter((entry) => entry.group === group).map((entry) => localize(entry, words.entries[entry.key]!, root)),
  }));
}

/** One directory group with its entries, or null for an unknown group key. */
export function getResourceGroup(locale: Locale, group: string, root: string = CONTENT_ROOT): ResourceGroupView | null {
  return listResourceGroups(locale, root).find((view) => view.key === group) ?? null;
}
