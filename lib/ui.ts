import path from "node:path";
import { contentCache } from "./content-cache";
import { DEFAULT_LOCALE, fill, type Locale } from "./i18n";
import { CONTENT_ROOT, readJson } from "./registry";
import { UI_KEYS, UiStringsSchema, type UiKey, type UiStrings } from "./schema";

const cache = contentCache<string, UiStrings>();

/** Every interface string of a locale from `content/<locale>/ui.json` (validated, read once). */
export function getUiStrings(locale: Locale, root: string = CONTENT_ROOT): UiStrings {
  const key = `${root}\0${locale}`;
  let strings = cache.get(key);
  if (!strings) {
    const file = path.join(root, locale, "ui.json");
    strings = readJson(file, UiStringsSchema);
    if (locale !== DEFAULT_LOCALE) {
      // A translation must keep every {placeholder} of the English string.
      const english = getUiStrings(DEFAULT_LOCALE, root);
      const problems = UI_KEYS.flatMap((uiKey) =>
        (english[uiKey].match(/\{\w+\}/g) ?? [])
          .filter((placeholder) => !strings![uiKey].includes(placeholder))
          .map((placeholder) => `"${uiKey}" must keep ${placeholder}`),
      );
      if (problems.length > 0) {
        throw new Error(`${path.relative(process.cwd(), file)} (${locale}):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
      }
    }
    cache.set(key, strings);
  }
  return strings;
}

/** A translator for one locale: t("cite.label", { n: 2 }). */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Returns the translator for a locale. */
export function getTranslator(locale: Locale, root: string = CONTENT_ROOT): Translate {
  const strings = getUiStrings(locale, root);
  return (key, values) => (values ? fill(strings[key], values) : strings[key]);
}
