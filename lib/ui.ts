import { CONTENT_ROOT, getUiStrings } from "./content";
import { fill } from "./fill";
import type { Locale } from "./i18n";
import type { UiKey } from "./schema";

/** A translator for one locale: t("cite.label", { n: 2 }). */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Returns the translator for a locale, from its interface strings (`content/<locale>/ui.json`). */
export function getTranslator(locale: Locale, root: string = CONTENT_ROOT): Translate {
  const strings = getUiStrings(locale, root);
  return (key, values) => (values ? fill(strings[key], values) : strings[key]);
}
