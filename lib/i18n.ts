import { z } from "zod";
// Imported, so the bundler compiles the locales in: no file is read for them at run time (proxy.ts uses them too).
import localeData from "@/content/locales.json";
import { LOCALE_CODES } from "./locales.generated";

/**
 * Languages of the guide. English is the default and authoritative text, served
 * without a prefix (`/faq`); every other language lives under its own prefix
 * (`/es/faq`). The URL segment is lowercase; `tag` is the BCP 47 tag for `lang`.
 */
const LocaleInfoSchema = z.strictObject({
  /** Lowercase URL segment and content folder name, e.g. `zh-hant` (lib/locales.generated.ts lists them for the type). */
  code: z.enum(LOCALE_CODES, {
    error: "is not in lib/locales.generated.ts: run npm run typecheck (or scripts/generate-locales.mjs)",
  }),
  /** BCP 47 language tag for `lang` and `hreflang`, e.g. `zh-Hant`. */
  tag: z.string().min(2),
  /** Text direction of the script. */
  dir: z.enum(["ltr", "rtl"]),
  /** The language's name in its own script, for the language picker. */
  nativeName: z.string().min(2),
});

export type LocaleInfo = z.infer<typeof LocaleInfoSchema>;

/**
 * Every language, in the order of the City's language access list (English first).
 * Kept in `content/locales.json` because next.config.mjs reads it too (for the URL rewrites).
 */
export const LOCALES: readonly LocaleInfo[] = z
  .array(LocaleInfoSchema)
  .min(1)
  .refine(
    (locales) => locales.length === LOCALE_CODES.length,
    "lib/locales.generated.ts lists other locales: run npm run typecheck",
  )
  .parse(localeData);

/** `generateStaticParams` of every route directly under `[locale]`: one per language. */
export function listLocaleParams(): { locale: string }[] {
  return LOCALES.map(({ code }) => ({ locale: code }));
}

/** A supported locale code, e.g. `en` or `zh-hant`; check strings with `isLocale`. */
export type Locale = (typeof LOCALE_CODES)[number];

export const DEFAULT_LOCALE: Locale = LOCALES[0]!.code;

/** True when `value` is a supported locale code. */
export function isLocale(value: string): value is Locale {
  return (LOCALE_CODES as readonly string[]).includes(value);
}

/** The locale's settings. */
export function getLocaleInfo(locale: Locale): LocaleInfo {
  return LOCALES.find((info) => info.code === locale) ?? LOCALES[0]!;
}

/**
 * The site path of a page in a language: `""` is the home page.
 * English has no prefix: toPath("en", "faq") is `/faq`, toPath("es", "faq") is `/es/faq`.
 */
export function toPath(locale: Locale, slug: string, hash?: string): string {
  const prefix = locale === DEFAULT_LOCALE ? "" : `/${locale}`;
  const path = slug ? `${prefix}/${slug}` : prefix || "/";
  return hash ? `${path}#${hash}` : path;
}

/** A date such as `2026-11-28` written out for the locale, e.g. `November 28, 2026`. */
export function formatDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(getLocaleInfo(locale).tag, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/**
 * How a translated page stands against its English original, from its
 * frontmatter `translation: { from, reviewed }` and the English `lastReviewed`:
 * - `ahead`: `from` is later than the English review (a mistake: the build fails);
 * - `stale`: the English page was reviewed again since (the page says so);
 * - `unreviewed`: up to date, not yet checked by a professional translator;
 * - `reviewed`: up to date and checked.
 * The build, the page's notice and `npm run i18n:status` all use this one rule.
 */
export type TranslationState = "ahead" | "stale" | "unreviewed" | "reviewed";

export function translationState(
  translation: { from: string; reviewed: boolean },
  englishLastReviewed: string,
): TranslationState {
  if (translation.from > englishLastReviewed) return "ahead";
  if (translation.from < englishLastReviewed) return "stale";
  return translation.reviewed ? "reviewed" : "unreviewed";
}

/** An English site path such as `/how-to#report-it`, in another language: `/es/how-to#report-it`. */
export function localizeHref(locale: Locale, href: string): string {
  const [pathPart = "/", hash] = href.split("#");
  return toPath(locale, pathPart.replace(/^\/+|\/+$/g, ""), hash);
}
