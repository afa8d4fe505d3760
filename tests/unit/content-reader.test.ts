import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import {
  ContentError,
  forgetEditedContent,
  getPage,
  getRegistry,
  getResourceTexts,
  getSourceChecks,
  getUiStrings,
  hasEnglishParts,
  listPages,
  listParams,
  listSlugs,
  readFrontmatter,
  readPreviewFont,
} from "@/lib/content";
import { LOCALES } from "@/lib/i18n";
import { copySite, editFile, removeSiteCopies, SITE } from "../fixtures/site";

// How lib/content.ts reads the files of a site: on copies of the small site in tests/fixtures/site.

afterAll(removeSiteCopies);

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A file of a site copy as lib/content.ts names it in messages: relative to the project. */
const relative = (root: string, file: string) => path.relative(process.cwd(), path.join(root, file));

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error("expected the promise to reject");
  return error;
}

/** The error a function throws. */
function rejectionOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error("expected the function to throw an Error");
}

/** Moves a file's modification time a minute into the future, so it is newer than anything else. */
function touchLater(root: string, file: string): void {
  const later = new Date(Date.now() + 60_000);
  fs.utimesSync(path.join(root, file), later, later);
}

describe("JSON files", () => {
  it("are read once: the same registry is returned though the file changes", () => {
    const root = copySite();
    const registry = getRegistry(root);
    editFile(root, "resources.json", () => "[]");
    expect(getRegistry(root)).toBe(registry);
    expect(registry.has("state-law")).toBe(true);
  });

  it("that are missing fail naming the file", () => {
    const root = copySite();
    fs.rmSync(path.join(root, "es/ui.json"));
    expect(() => getUiStrings("es", root)).toThrow(new ContentError(relative(root, "es/ui.json"), ["cannot be read (ENOENT)"]));
  });

  it("that are not JSON fail naming the file, the line and the parser's complaint", () => {
    // A comma before "]": V8 quotes the text around it instead of giving a position.
    const arrayComma = copySite();
    editFile(arrayComma, "resources.json", (text) =>
      text.replace(
        '"verifiedFrom": ["https://www.example.gov/oversight"]',
        '"verifiedFrom": ["https://www.example.gov/oversight",]',
      ),
    );
    const thrown = rejectionOf(() => getRegistry(arrayComma));
    expect(thrown).toBeInstanceOf(ContentError);
    expect(thrown.message).toBe(`${relative(arrayComma, "resources.json")}:\n  - line 20: not valid JSON: Unexpected token ']'`);
    expect(thrown.cause).toBeInstanceOf(SyntaxError);
    // A comma before "}": V8 gives the position.
    const objectComma = copySite();
    editFile(objectComma, "resources.json", (text) => text.replace('"verifiedFrom": []', '"verifiedFrom": [],'));
    expect(rejectionOf(() => getRegistry(objectComma)).message).toBe(
      `${relative(objectComma, "resources.json")}:\n  - line 11: not valid JSON: Expected double-quoted property name`,
    );
  });

  it("keep each language's directory words and interface strings apart", () => {
    const root = copySite();
    expect(getUiStrings("en", root)["cite.label"]).toBe("cite.label {n}");
    expect(getUiStrings("es", root)["cite.label"]).toBe("es:cite.label {n}");
    expect(getUiStrings("en", root)["cite.label"]).toBe("cite.label {n}");
    const es = getResourceTexts("es", root);
    const en = getResourceTexts("en", root);
    expect(es).not.toEqual(en);
    expect(getResourceTexts("es", root)).toBe(es);
    expect(getResourceTexts("en", root)).toBe(en);
  });

  it("of one site are not taken for another site's", () => {
    const other = copySite();
    editFile(other, "es/ui.json", (text) => text.replace('"es:nav.next"', '"es:nav.next (other)"'));
    expect(getUiStrings("es", SITE)["nav.next"]).toBe("es:nav.next");
    expect(getUiStrings("es", other)["nav.next"]).toBe("es:nav.next (other)");
  });

  it("name every placeholder a translation drops, each on its own line", () => {
    const root = copySite();
    editFile(root, "es/ui.json", (text) =>
      text.replace("es:cite.label {n}", "es:cite.label").replace("es:footer.lastReviewed {date}", "es:footer.lastReviewed"),
    );
    expect(() => getUiStrings("es", root)).toThrow(
      new ContentError(relative(root, "es/ui.json"), [
        'line 17: "cite.label" must keep {n}',
        'line 31: "footer.lastReviewed" must keep {date}',
      ]),
    );
  });
});

describe("the state of the source checks", () => {
  it("is empty when no source was ever checked (no file)", () => {
    expect(getSourceChecks(copySite())).toEqual({ sources: {} });
  });

  it("is read once", () => {
    const root = copySite();
    const state = getSourceChecks(root);
    fs.writeFileSync(path.join(root, "source-checks.json"), JSON.stringify({ sources: {} }));
    expect(getSourceChecks(root)).toBe(state);
  });

  it("is read from source-checks.json when there is one, and validated", () => {
    const root = copySite();
    fs.writeFileSync(path.join(root, "source-checks.json"), JSON.stringify({ about: "Checks.", sources: {} }));
    expect(getSourceChecks(root)).toEqual({ about: "Checks.", sources: {} });
    const invalid = copySite();
    fs.writeFileSync(path.join(invalid, "source-checks.json"), JSON.stringify({ sources: {}, extra: 1 }));
    expect(() => getSourceChecks(invalid)).toThrow(
      `${relative(invalid, "source-checks.json")}:\n  - line 1: "extra" is not a known field`,
    );
  });
});

describe("editing content in development", () => {
  it("empties the caches when a file in a language folder changed, and only then", () => {
    vi.stubEnv("NODE_ENV", "development");
    const root = copySite();
    forgetEditedContent(root);
    const before = getUiStrings("en", root);
    forgetEditedContent(root);
    expect(getUiStrings("en", root)).toBe(before);

    editFile(root, "en/ui.json", (text) => text.replace('"nav.next": "nav.next"', '"nav.next": "nav.next (edited)"'));
    touchLater(root, "en/ui.json");
    forgetEditedContent(root);
    expect(getUiStrings("en", root)["nav.next"]).toBe("nav.next (edited)");
  });

  it("keeps every cache outside development, though files change", () => {
    vi.stubEnv("NODE_ENV", "production");
    const root = copySite();
    const before = getUiStrings("en", root);
    editFile(root, "en/ui.json", (text) => text.replace('"nav.next": "nav.next"', '"nav.next": "nav.next (edited)"'));
    touchLater(root, "en/ui.json");
    forgetEditedContent(root);
    expect(getUiStrings("en", root)).toBe(before);
  });
});

describe("the list of pages", () => {
  it("has every .mdx file of the language's folder by slug, home as the empty slug, sorted", () => {
    const root = copySite();
    fs.writeFileSync(path.join(root, "en", "notes.txt"), "not a page");
    fs.writeFileSync(path.join(root, "en", "draft.mdx.bak"), "not a page");
    expect(listSlugs("en", root)).toEqual(["", "accessibility", "faq", "how-to", "privacy", "resources"]);
  });

  it("is read once: a page added later is not listed", () => {
    const root = copySite();
    const slugs = listSlugs("es", root);
    fs.copyFileSync(path.join(root, "es/faq.mdx"), path.join(root, "es/new.mdx"));
    expect(listSlugs("es", root)).toBe(slugs);
    expect(slugs).not.toContain("new");
  });

  it("gives summaries in navigation order, without the compiled page", async () => {
    const pages = await listPages("es");
    expect(pages.map((page) => page.slug)).toEqual(["", "faq", "how-to", "resources", "privacy", "accessibility"]);
    expect(pages[1]).toMatchObject({ locale: "es", slug: "faq", path: "/es/faq", order: 20, schema: "FAQPage" });
    for (const field of ["code", "anchors", "citations", "resources", "internalLinks", "components"]) {
      expect(pages[1]).not.toHaveProperty(field);
    }
  });

  it("orders pages of the same order by slug", async () => {
    const root = copySite();
    editFile(root, "en/privacy.mdx", (text) => text.replace("order: 100", "order: 110"));
    const slugs = (await listPages("en", root)).map((page) => page.slug);
    expect(slugs.slice(-2)).toEqual(["accessibility", "privacy"]);
  });

  it("gives the section route every page but home, in every language", async () => {
    const root = copySite({ everyLanguage: true });
    const params = await listParams(root);
    expect(params).toHaveLength(LOCALES.length * 5);
    expect(params).toContainEqual({ locale: "es", section: "faq" });
    expect(params).toContainEqual({ locale: "en", section: "privacy" });
    expect(params.filter((param) => param.section === "")).toEqual([]);
  });

  it("fails for the section route when a language lacks a page", async () => {
    await expect(listParams(SITE)).rejects.toBeInstanceOf(ContentError);
  });
});

describe("a page", () => {
  it("is null when the language has no such file", async () => {
    await expect(getPage("es", "no-such-page")).resolves.toBeNull();
    await expect(getPage("en", "index")).resolves.toBeNull();
  });

  it("is compiled once, and is the page of its own language", async () => {
    const es = await getPage("es", "faq");
    expect(await getPage("es", "faq")).toBe(es);
    expect(es?.title).toBe("Preguntas y respuestas");
    expect((await getPage("en", "faq"))?.title).toBe("Questions and answers");
    expect((await getPage("en", ""))?.path).toBe("/");
  });

  it("saved by a Windows editor (byte-order mark, \\r\\n line ends) is the same page, and its problems keep their lines", async () => {
    const windows = (text: string) => `\uFEFF${text.replace(/\n/g, "\r\n")}`;
    const root = copySite();
    for (const file of ["en/faq.mdx", "es/faq.mdx", "resources.json", "es/resources.json"]) editFile(root, file, windows);
    const [english, spanish] = [await getPage("en", "faq"), await getPage("es", "faq")];
    expect(await getPage("en", "faq", root)).toEqual(english);
    expect(await getPage("es", "faq", root)).toEqual(spanish);
    expect(readFrontmatter("es", "faq", root).sources).toEqual(spanish?.sources);
    expect(getResourceTexts("es", root)).toEqual(getResourceTexts("es"));

    const broken = copySite();
    editFile(broken, "en/privacy.mdx", (text) => windows(text.replace("order: 100", "order: -1")));
    expect((await rejection(getPage("en", "privacy", broken))).message).toMatch(/\n {2}- line 5: frontmatter field "order": /);
  });

  it("that failed is read again once its file is fixed", async () => {
    const root = copySite();
    editFile(root, "en/privacy.mdx", (text) => text.replace("title: Privacy", "titel: Privacy"));
    await expect(getPage("en", "privacy", root)).rejects.toBeInstanceOf(ContentError);
    editFile(root, "en/privacy.mdx", (text) => text.replace("titel: Privacy", "title: Privacy"));
    expect((await getPage("en", "privacy", root))?.title).toBe("Privacy");
  });

  it("in English must not say it is a translation", async () => {
    const root = copySite();
    editFile(root, "en/privacy.mdx", (text) =>
      text.replace("lastReviewed: 2026-12-01", "lastReviewed: 2026-12-01\ntranslation: { from: 2026-12-01, reviewed: true }"),
    );
    const error = await rejection(getPage("en", "privacy", root));
    expect(error.message).toBe(
      `${relative(root, "en/privacy.mdx")}:\n  - line 8: frontmatter field "translation" is only for translated pages`,
    );
  });

  it("in another language must say what it translates", async () => {
    const root = copySite();
    editFile(root, "es/privacy.mdx", (text) => text.replace(/\ntranslation: .*/, ""));
    const error = await rejection(getPage("es", "privacy", root));
    expect(error.message).toBe(
      `${relative(root, "es/privacy.mdx")}:\n  - line 2: frontmatter field "translation" is missing: a translated page needs it, e.g. translation: { from: 2026-11-28, reviewed: false }`,
    );
  });

  it("must cite every source its frontmatter lists, and list only registry entries", async () => {
    const root = copySite();
    editFile(root, "en/faq.mdx", (text) =>
      text.replace("  - state-law\n", "  - state-law\n  - no-such-key\n  - city-policy-page\n"),
    );
    const error = await rejection(getPage("en", "faq", root));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toBe(
      `${relative(root, "en/faq.mdx")}:\n` +
        '  - line 10: frontmatter `sources` lists "no-such-key", which is not in content/resources.json\n' +
        '  - line 11: frontmatter `sources` lists "city-policy-page" but the page never cites it',
    );
  });

  it("in another language keeps the English order, navigation and schema, and follows an English review that exists", async () => {
    const root = copySite();
    editFile(root, "es/faq.mdx", (text) =>
      text
        .replace("order: 20", "order: 21\nnavigation: footer")
        .replace("schema: FAQPage\n", "")
        .replace("translation: { from: 2026-12-01", "translation: { from: 2026-12-02"),
    );
    const error = await rejection(getPage("es", "faq", root));
    expect(error.message).toBe(
      `${relative(root, "es/faq.mdx")} (es):\n` +
        '  - line 5: frontmatter field "order" must be 20, as in English\n' +
        '  - line 6: frontmatter field "navigation" must be main, as in English\n' +
        '  - line 2: frontmatter field "schema" must be FAQPage, as in English\n' +
        "  - line 8: translation.from (2026-12-02) is later than the English lastReviewed (2026-12-01)",
    );
  });

  it("in another language has no schema when the English page has none", async () => {
    const root = copySite();
    editFile(root, "es/privacy.mdx", (text) => text.replace("order: 100", "order: 100\nschema: HowTo"));
    const error = await rejection(getPage("es", "privacy", root));
    expect(error.message).toBe(
      `${relative(root, "es/privacy.mdx")} (es):\n  - line 6: frontmatter field "schema" must be absent, as in English`,
    );
  });

  it("in another language may follow an older English review (it is then out of date, not wrong)", async () => {
    const root = copySite();
    editFile(root, "es/faq.mdx", (text) => text.replace("translation: { from: 2026-12-01", "translation: { from: 2026-11-01"));
    expect((await getPage("es", "faq", root))?.translation).toEqual({ from: "2026-11-01", reviewed: false });
  });

  it("in another language cites, links and uses the same sources, directory entries, pages and components as English", async () => {
    const root = copySite();
    editFile(root, "es/faq.mdx", (text) =>
      text
        .replace('<Resource id="oversight-office" />.<Cite id="oversight-office" />', "la oficina.")
        .replace("  - oversight-office\n", "")
        .replace("[cómo reportar](/how-to#report-it)", "[cómo reportar](/privacy)"),
    );
    const error = await rejection(getPage("es", "faq", root));
    expect(error.message).toBe(
      `${relative(root, "es/faq.mdx")} (es):\n` +
        '  - citation "oversight-office" is in the English page at line 21 but missing here\n' +
        '  - directory key "oversight-office" is in the English page at line 21 but missing here\n' +
        '  - link "/how-to#report-it" is in the English page at line 21 but missing here\n' +
        '  - line 21: link "/privacy" is not in the English page\n' +
        '  - component "Resource" is in the English page at line 21 but missing here',
    );
  });

  it("in another language may carry a new English section in <InEnglish> until it is translated", async () => {
    const root = copySite();
    const section = '\n\n<H2 id="what-we-keep">What we keep</H2>\n\nNothing, either.\n';
    editFile(root, "en/privacy.mdx", (text) => `${text.trimEnd()}${section}`);
    // Without the new section, the translation fails, naming its id.
    expect((await rejection(getPage("es", "privacy", root))).message).toBe(
      `${relative(root, "es/privacy.mdx")} (es):\n  - id "what-we-keep" is in the English page at line 14 but missing here`,
    );
    forgetEditedContent(root);
    expect(hasEnglishParts("es", "privacy", root)).toBe(false);
    editFile(root, "es/privacy.mdx", (text) => `${text.trimEnd()}\n\n<InEnglish>${section}\n</InEnglish>\n`);
    // npm run i18n:status lists the page as partly in English.
    expect(hasEnglishParts("es", "privacy", root)).toBe(true);
    const page = await getPage("es", "privacy", root);
    expect(page?.anchors.map((anchor) => anchor.id)).toEqual(["what-we-collect", "what-we-keep"]);
    expect(page?.components).toContain("InEnglish");
  });

  it("in another language fails when English has no such page", async () => {
    const root = copySite();
    fs.copyFileSync(path.join(root, "es/privacy.mdx"), path.join(root, "es/privacidad.mdx"));
    const error = await rejection(getPage("es", "privacidad", root));
    expect(error.message).toBe(`${relative(root, "es/privacidad.mdx")} (es):\n  - content/en has no page "privacidad"`);
  });

  it("that cannot be bundled names the file and the line", async () => {
    const root = copySite();
    editFile(root, "en/privacy.mdx", (text) => text.replace("<H2 id", "import x from './nope.js'\n\n<H2 id"));
    const error = await rejection(getPage("en", "privacy", root));
    expect(error.message).toBe(`${relative(root, "en/privacy.mdx")}:\n  - line 10: Could not resolve "./nope.js"`);
  });

  it("that cannot be bundled names every problem, each with its line", async () => {
    const root = copySite();
    editFile(root, "en/privacy.mdx", (text) =>
      text.replace("<H2 id", "import x from './nope.js'\nimport y from './gone.js'\n\n<H2 id"),
    );
    const error = await rejection(getPage("en", "privacy", root));
    expect(error.message).toBe(
      `${relative(root, "en/privacy.mdx")}:\n  - line 10: Could not resolve "./nope.js"; line 11: Could not resolve "./gone.js"`,
    );
  });

  it("whose frontmatter is not valid YAML names the file and what is wrong", async () => {
    const root = copySite();
    editFile(root, "en/privacy.mdx", (text) => text.replace("order: 100", "order: 100\norder: 101"));
    const error = await rejection(getPage("en", "privacy", root));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toBe(`${relative(root, "en/privacy.mdx")}:\n  - line 6: frontmatter: Map keys must be unique`);
  });

  it("that does not compile names the file and the line", async () => {
    const root = copySite();
    editFile(root, "en/privacy.mdx", (text) => text.replace("Nothing.", "Nothing.\n\n<Faq id="));
    const error = await rejection(getPage("en", "privacy", root));
    expect(error).toBeInstanceOf(ContentError);
    const [file, problem, ...rest] = error.message.split("\n");
    expect(file).toBe(`${relative(root, "en/privacy.mdx")}:`);
    expect(problem).toMatch(/^ {2}- line 15: Unexpected end of file/);
    expect(rest).toEqual([]);
  });

  it("with a closing tag that does not match names both lines", async () => {
    const root = copySite();
    editFile(root, "en/privacy.mdx", (text) => text.replace("Nothing.", "Nothing.\n\n<Faq>\n\nText.\n\n</Callout>"));
    const error = await rejection(getPage("en", "privacy", root));
    expect(error.message).toBe(
      `${relative(root, "en/privacy.mdx")}:\n` +
        "  - line 18: Unexpected closing tag `</Callout>`, expected corresponding closing tag for `<Faq>` (see line 14)",
    );
  });
});

describe("a page's frontmatter alone", () => {
  it("is validated, with its defaults", () => {
    expect(readFrontmatter("en", "privacy")).toEqual({
      title: "Privacy",
      navTitle: "Privacy",
      description: "A page linked from the footer, so it has neither a previous nor a next page. It collects nothing.",
      order: 100,
      navigation: "footer",
      lastReviewed: "2026-12-01",
      sources: [],
    });
    expect(readFrontmatter("en", "").order).toBe(0);
  });

  it("fails naming the file and every wrong field with its line, nested fields by their dotted path", () => {
    const root = copySite();
    editFile(root, "es/privacy.mdx", (text) =>
      text
        .replace("order: 100", "order: -1")
        .replace("navigation: footer", "navigation: side\nextra: 1")
        .replace("from: 2026-12-01", "from: soon"),
    );
    let thrown: unknown;
    try {
      readFrontmatter("es", "privacy", root);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as Error).name).toBe("ContentError");
    const lines = (thrown as Error).message.split("\n");
    expect(lines[0]).toBe(`${relative(root, "es/privacy.mdx")}:`);
    expect(lines.slice(1)).toEqual([
      '  - line 5: frontmatter field "order": Too small: expected number to be >=0',
      '  - line 6: frontmatter field "navigation": Invalid option: expected one of "main"|"footer"',
      '  - line 9: frontmatter field "translation.from": must be an ISO date such as 2026-11-28',
      '  - line 7: frontmatter field "extra" is not a known field',
    ]);
  });

  it("fails naming the file and the line when it is not valid YAML", () => {
    const root = copySite();
    editFile(root, "en/privacy.mdx", (text) => text.replace("navigation: footer", "navigation: [footer"));
    expect(() => readFrontmatter("en", "privacy", root)).toThrow(
      new ContentError(relative(root, "en/privacy.mdx"), [
        "line 7: frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]",
      ]),
    );
  });
});

describe("the fonts of link previews", () => {
  it("are the WOFF files of the subset asked for", () => {
    const latin = readPreviewFont("latin");
    expect(latin.subarray(0, 4).toString("latin1")).toBe("wOFF");
    expect(readPreviewFont("cyrillic").equals(latin)).toBe(false);
    expect(() => readPreviewFont("no-such-subset")).toThrow(/ENOENT/);
  });
});
