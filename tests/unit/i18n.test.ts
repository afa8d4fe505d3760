import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, getPage, getResourceTexts, getUiStrings, listSlugs } from "@/lib/content";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n";

const CONTENT = path.join(process.cwd(), "content");
/** Every language folder, including one being written that is not yet in locales.json. */
const folders = fs
  .readdirSync(CONTENT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("languages", () => {
  it("has a content folder for every locale in content/locales.json", () => {
    for (const { code } of LOCALES) expect(folders, code).toContain(code);
  });

  // A folder may be a language still being written, not yet in content/locales.json: the loaders read it all the same.
  for (const locale of folders.filter((folder) => folder !== DEFAULT_LOCALE) as Locale[]) {
    describe(locale, () => {
      it("has every interface string, with its {placeholders}", () => {
        expect(() => getUiStrings(locale)).not.toThrow();
      });

      it("has the directory's words for every entry", () => {
        expect(() => getResourceTexts(locale)).not.toThrow();
      });

      it("has exactly the pages English has", async () => {
        expect(await listSlugs(locale)).toEqual(await listSlugs(DEFAULT_LOCALE));
      });

      it("keeps every page's ids, citations, directory keys, links and components identical to English", async () => {
        for (const slug of await listSlugs(locale)) {
          const page = await getPage(locale, slug);
          const english = await getPage(DEFAULT_LOCALE, slug);
          expect(page?.translation, slug).toBeDefined();
          expect(
            page?.anchors.map((a) => a.id),
            `${slug}: ids`,
          ).toEqual(english?.anchors.map((a) => a.id));
          expect(page?.citations, `${slug}: citations`).toEqual(english?.citations);
          expect(page?.resources, `${slug}: directory keys`).toEqual(english?.resources);
          expect(page?.internalLinks, `${slug}: links`).toEqual(english?.internalLinks);
          expect(page?.components, `${slug}: components`).toEqual(english?.components);
        }
      });
    });
  }
});

describe("parity with English", () => {
  const FIXTURES = path.join(process.cwd(), "tests/fixtures/content");

  it("fails when a translation changes an id, naming the locale, the file and the id", async () => {
    const error = await getPage("es", "valid", FIXTURES).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toContain("tests/fixtures/content/es/valid.mdx (es)");
    expect(message).toContain('id "step-one" is in the English page but missing here');
    expect(message).toContain('id "paso-uno" is not in the English page');
  });
});
