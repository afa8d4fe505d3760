// `npm run i18n:status`: every page, the directory's words and the interface strings,
// in every language: up to date, stale, not yet reviewed, or incomplete. It uses the
// site's own rules (lib/i18n.ts `translationState`, and the loaders' checks), so it
// says exactly what the build and the pages' notices say. Exits 1 when something is
// missing or incomplete, so CI can use it too.
import { getResourceTexts, getUiStrings, hasEnglishParts, listSlugs, readFrontmatter } from "../lib/content";
import { DEFAULT_LOCALE, LOCALES, translationState, type Locale } from "../lib/i18n";

const others = LOCALES.map((locale) => locale.code).filter((code) => code !== DEFAULT_LOCALE);
const rows: string[][] = [];
let problems = 0;

for (const slug of listSlugs(DEFAULT_LOCALE)) {
  const english = readFrontmatter(DEFAULT_LOCALE, slug);
  const row = [`${slug || "index"}.mdx`, english.lastReviewed];
  for (const code of others) {
    if (!listSlugs(code).includes(slug)) {
      row.push("MISSING");
      problems += 1;
      continue;
    }
    const { translation } = readFrontmatter(code, slug);
    const state = translation ? translationState(translation, english.lastReviewed) : "no translation field";
    if (state === "ahead" || !translation) problems += 1;
    row.push(hasEnglishParts(code, slug) ? `${state}, part in English` : state);
  }
  rows.push(row);
}

/** A language file that has no dates: complete (every key, every placeholder) or not. */
const completeness = (file: string, check: (code: Locale) => unknown) => {
  const row = [file, "-"];
  for (const code of others) {
    try {
      check(code);
      row.push("complete");
    } catch (error) {
      row.push(`INCOMPLETE: ${(error as Error).message.split("\n").slice(-1)[0]?.trim()}`);
      problems += 1;
    }
  }
  rows.push(row);
};
completeness("resources.json", getResourceTexts);
completeness("ui.json", getUiStrings);

const header = ["file", DEFAULT_LOCALE, ...others];
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map(() => "---").join(" | ")} |`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log(
  "\nstale: the English page was reviewed after this translation's `translation.from`; update it and set `from` to the English lastReviewed.\n" +
    "unreviewed: up to date, but no professional translator has checked it (`reviewed: false`).\n" +
    "part in English: the page holds English text in <InEnglish> that still needs translating.\n" +
    "resources.json and ui.json have no dates: when an English string changes, change it in every language in the same commit.",
);
process.exit(problems > 0 ? 1 : 0);
