// `npm run i18n:status`: a table of every page in every language, saying whether
// each translation is up to date with its English page, stale, or not yet reviewed.
// Exits 1 when a page is missing, so CI can use it too.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";

const CONTENT = path.join(process.cwd(), "content");
const locales = JSON.parse(fs.readFileSync(path.join(CONTENT, "locales.json"), "utf8"));
const [english, ...others] = locales.map((locale) => locale.code);

/** ISO date from YAML, which may already have turned it into a Date. */
const isoDate = (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ""));

const read = (locale, file) => {
  const full = path.join(CONTENT, locale, file);
  return fs.existsSync(full) ? matter(fs.readFileSync(full, "utf8")).data : null;
};

const files = fs.readdirSync(path.join(CONTENT, english)).filter((file) => file.endsWith(".mdx")).sort();
const rows = [];
let missing = 0;
for (const file of files) {
  const source = read(english, file);
  const row = { page: file.replace(/\.mdx$/, ""), english: isoDate(source.lastReviewed) };
  for (const locale of others) {
    const page = read(locale, file);
    if (!page) {
      row[locale] = "MISSING";
      missing += 1;
    } else if (!page.translation || isoDate(page.translation.from) < row.english) {
      row[locale] = "stale";
    } else if (!page.translation.reviewed) {
      row[locale] = "unreviewed";
    } else {
      row[locale] = "up to date";
    }
  }
  rows.push(row);
}

const header = ["page", "english", ...others];
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map(() => "---").join(" | ")} |`);
for (const row of rows) console.log(`| ${header.map((key) => row[key]).join(" | ")} |`);
console.log(
  "\nstale: the English page was reviewed after this translation's `translation.from` date; update it and set `from` to the English lastReviewed.\n" +
    "unreviewed: up to date, but no professional translator has checked it (`reviewed: false`).",
);
process.exit(missing > 0 ? 1 : 0);
