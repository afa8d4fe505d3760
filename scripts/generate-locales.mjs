// Writes lib/locales.generated.ts from content/locales.json: the list of locale
// codes as a TypeScript constant, so `Locale` is a union type ("en" | "es" | …)
// and `isLocale` narrows a string to it. Run by `npm run typecheck`, `dev` and
// `build`; a unit test fails when the committed file is out of date.
import fs from "node:fs";
import path from "node:path";

export const GENERATED_FILE = path.join(process.cwd(), "lib/locales.generated.ts");

/** The file's text for the locales in content/locales.json. */
export function renderLocaleCodes(root = process.cwd()) {
  const file = path.join(root, "content/locales.json");
  let locales;
  try {
    locales = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), file)}: not valid JSON: ${error.message}`, { cause: error });
  }
  const codes = locales.map((locale) => JSON.stringify(locale.code)).join(", ");
  return `// Generated from content/locales.json by scripts/generate-locales.mjs. Do not edit.\nexport const LOCALE_CODES = [${codes}] as const;\n`;
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? new URL(import.meta.url).pathname)
) {
  let text;
  try {
    text = renderLocaleCodes();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  if (!fs.existsSync(GENERATED_FILE) || fs.readFileSync(GENERATED_FILE, "utf8") !== text) fs.writeFileSync(GENERATED_FILE, text);
}
