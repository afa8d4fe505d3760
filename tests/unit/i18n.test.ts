import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkPageParity, ContentError, getPage, getResourceTexts, getUiStrings, listSlugs } from "@/lib/content";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n";
import { copySite, editFile, removeSiteCopies, SITE } from "../fixtures/site";

// On the small site in tests/fixtures/site (English and Spanish); tests/unit/content.test.ts checks every language of the real content.

afterAll(removeSiteCopies);

describe("a language", () => {
  it("has every interface string, and must keep each {placeholder} of the English string", () => {
    expect(getUiStrings("es")["cite.label"]).toBe("es:cite.label {n}");
    const root = copySite();
    editFile(root, "es/ui.json", (text) => text.replace("es:footer.lastReviewed {date}", "es:footer.lastReviewed"));
    expect(() => getUiStrings("es", root)).toThrow(/es\/ui\.json:\n {2}- line 31: "footer\.lastReviewed" must keep \{date\}$/);
  });

  it("fails on an interface string that is missing", () => {
    const root = copySite();
    editFile(root, "es/ui.json", (text) => text.replace(/\n {2}"nav\.next": .*,/, ""));
    expect(() => getUiStrings("es", root)).toThrow(/es\/ui\.json:\n {2}- line 1: "nav\.next" is missing$/);
  });

  it("has the directory's words for every entry, and none for an entry the registry lacks", () => {
    expect(Object.keys(getResourceTexts("es").entries).sort()).toEqual(Object.keys(getResourceTexts("en").entries).sort());
    const missing = copySite();
    editFile(missing, "es/resources.json", (text) => text.replace('"city-policy-page"', '"city-policy-pages"'));
    expect(() => getResourceTexts("es", missing)).toThrow(
      /es\/resources\.json:\n {2}- line 11: no text for registry entry "city-policy-page"\n {2}- line 19: "city-policy-pages" is not in resources\.json$/,
    );
    const unknown = copySite();
    editFile(unknown, "en/resources.json", (text) =>
      text.replace('"entries": {', '"entries": {\n    "no-such-entry": { "use": "Words for nothing at all." },'),
    );
    expect(() => getResourceTexts("en", unknown)).toThrow(
      /en\/resources\.json:\n {2}- line 12: "no-such-entry" is not in resources\.json$/,
    );
  });

  it("has exactly the pages English has, and every language of content/locales.json is checked", async () => {
    expect(listSlugs("es")).toEqual(listSlugs(DEFAULT_LOCALE));
    // The small site has English and Spanish only: every other language misses every page.
    const error = await checkPageParity(SITE).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).not.toContain("es:");
    for (const { code } of LOCALES.filter(({ code }) => code !== DEFAULT_LOCALE && code !== "es")) {
      expect(message).toContain(`${code}: content/${code}/faq.mdx is missing (English has content/en/faq.mdx)`);
    }
    await expect(checkPageParity(copySite({ everyLanguage: true }))).resolves.toBeUndefined();
    const renamed = copySite({ everyLanguage: true });
    fs.renameSync(path.join(renamed, "es/privacy.mdx"), path.join(renamed, "es/privacidad.mdx"));
    await expect(checkPageParity(renamed)).rejects.toThrow(
      "content:\n  - es: content/es/privacy.mdx is missing (English has content/en/privacy.mdx)\n  - es: content/es/privacidad.mdx has no English page",
    );
  });

  it("keeps every page's ids, citations, directory keys, links and components as in English", async () => {
    for (const slug of listSlugs("es")) {
      const page = await getPage("es", slug);
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

describe("a language folder that does not exist", () => {
  it("misses every English page, and has no page of its own", async () => {
    const root = copySite({ everyLanguage: true });
    fs.rmSync(path.join(root, "vi"), { recursive: true });
    await expect(checkPageParity(root)).rejects.toThrow(
      new ContentError(
        "content",
        ["index", "accessibility", "faq", "how-to", "privacy", "resources"].map(
          (file) => `vi: content/vi/${file}.mdx is missing (English has content/en/${file}.mdx)`,
        ),
      ),
    );
  });
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
    expect(message).toContain('id "step-one" is in the English page at line 15 but missing here');
    expect(message).toContain('line 16: id "paso-uno" is not in the English page');
  });
});
