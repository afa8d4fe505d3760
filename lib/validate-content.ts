import {
  checkPageParity,
  CONTENT_ROOT,
  getPage,
  getRegistry,
  getResourceTexts,
  getSourceChecks,
  getUiStrings,
  listSlugs,
} from "./content";
import { LOCALES, type Locale } from "./i18n";

/**
 * Loads all the content at once, as the loaders do for each page: the registry and the
 * last checks of the sources, then in every language the interface strings, the
 * directory's words and every page, compiled and checked. Returns every problem, each
 * once, in the loaders' own words (the file, the line when known, and what is wrong);
 * an empty list when all content is fine.
 *
 * The build runs it before anything else (next.config.mjs, `npm run check-content`),
 * and the content test (tests/unit/content.test.ts) runs it on content/.
 */
export async function validateContent(
  root: string = CONTENT_ROOT,
  locales: readonly Locale[] = LOCALES.map(({ code }) => code),
): Promise<string[]> {
  const problems = new Set<string>();
  const attempt = async (load: () => unknown) => {
    try {
      await load();
    } catch (error) {
      // A broken English page also fails each of its translations: it is reported once.
      problems.add(error instanceof Error ? error.message : String(error));
    }
  };
  await attempt(() => getRegistry(root));
  await attempt(() => getSourceChecks(root));
  await attempt(() => checkPageParity(root));
  for (const locale of locales) {
    await attempt(() => getUiStrings(locale, root));
    await attempt(() => getResourceTexts(locale, root));
    let slugs: string[] = [];
    await attempt(() => (slugs = listSlugs(locale, root)));
    for (const slug of slugs) await attempt(() => getPage(locale, slug, root));
  }
  return [...problems];
}
