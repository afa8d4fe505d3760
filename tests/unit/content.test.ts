import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CONTENT_ROOT, getPage, getRegistry, getResourceTexts, getSourceChecks, listPages, listSlugs } from "@/lib/content";
import { DEFAULT_LOCALE, LOCALES, toPath, type Locale } from "@/lib/i18n";
import { PHONE_PATTERN } from "@/lib/mdx-check";
import { getFrameView } from "@/lib/page-view";
import { canSetInImage, renderPreviewImage } from "@/lib/preview-image";
import { gradeLevel, toProse } from "@/lib/readability";
import { listResourceGroups } from "@/lib/resource-view";
import { listRoutes, toResourcePath } from "@/lib/routes";
import { search } from "@/lib/search";
import { getSearchIndex } from "@/lib/search-index";
import { validateContent } from "@/lib/validate-content";

/**
 * The real content, in content/. This is the one test file that reads it: every other
 * unit test runs on the small site in tests/fixtures (vitest.config.mts). So a mistake
 * in a page fails here, once, with the loader's message: the file, the line and the problem.
 *
 * The first test loads everything. Every check after it needs the content loaded, and is
 * skipped (not failed) until it is: fix what the first test names, and they run.
 */

const CONTENT = path.join(process.cwd(), "content");
/** Every language folder, including one being written that is not yet in content/locales.json: it is loaded all the same. */
const folders = fs
  .readdirSync(CONTENT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name as Locale);
const languages = [...new Set([...LOCALES.map(({ code }) => code), ...folders])];
const translations = languages.filter((code) => code !== DEFAULT_LOCALE);

const problems = validateContent(CONTENT, languages);

it("loads every page, the directory and the interface strings, in every language", async () => {
  expect(CONTENT_ROOT, "the site's loaders read content/ in this test (CONTENT_DIR is not set)").toBe(CONTENT);
  const found = await problems;
  if (found.length > 0) throw new Error(found.join("\n"));
});

/** A check of the loaded content: skipped while the content does not load (the first test says why). */
function check(name: string, body: () => unknown, timeout?: number) {
  it(
    name,
    async ({ skip }) => {
      skip((await problems).length > 0, "the content does not load: see the first test");
      await body();
    },
    timeout,
  );
}

describe("pages", () => {
  check("compile, in every language", async () => {
    for (const locale of languages) {
      for (const slug of listSlugs(locale)) {
        const page = await getPage(locale, slug);
        expect(page?.code.length, `${locale}/${slug}`).toBeGreaterThan(100);
      }
    }
  });

  check("are the sections the guide promises, with short lowercase routes, and the pages the site's code links to", async () => {
    const pages = await listPages("en");
    expect(pages.map((page) => page.path)).toEqual([
      "/",
      "/scope",
      "/penalties",
      "/violations",
      "/faq",
      "/how-to",
      "/resources",
      "/privacy",
      "/accessibility",
    ]);
    expect(pages.filter((page) => page.navigation === "footer").map((page) => page.slug)).toEqual(["privacy", "accessibility"]);
    expect(() => listRoutes()).not.toThrow();
  });

  check("link only to pages and ids that exist", async () => {
    const pages = await Promise.all(listSlugs("en").map((slug) => getPage("en", slug)));
    const targets = new Set<string>();
    for (const page of pages) {
      if (!page) continue;
      targets.add(page.path);
      for (const anchor of page.anchors) targets.add(`${page.path}#${anchor.id}`);
    }
    // Pages the site makes itself, from lib/routes.ts.
    for (const slug of ["card", "record", "search"]) targets.add(toPath("en", slug));
    // The directory's group and entry ids come from the registry, not from MDX.
    for (const group of listResourceGroups("en")) {
      targets.add(`${toPath("en", "resources")}#${group.key}`);
      targets.add(toPath("en", `resources/${group.key}`));
      for (const entry of group.entries) {
        targets.add(`${toPath("en", "resources")}#${entry.key}`);
        targets.add(toResourcePath("en", entry));
      }
    }
    const broken = pages.flatMap((page) =>
      (page?.internalLinks ?? []).filter((link) => !targets.has(link)).map((link) => `${page?.path} → ${link}`),
    );
    expect(broken).toEqual([]);
  });

  check("give every FAQ, step and heading an id that is unique and readable", async () => {
    for (const slug of listSlugs("en")) {
      const page = await getPage("en", slug);
      const ids = page?.anchors.map((anchor) => anchor.id) ?? [];
      expect(new Set(ids).size, slug).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  check("have meta descriptions of 50 to 160 characters in every language, so search engines show them whole", async () => {
    const wrong: string[] = [];
    for (const { code } of LOCALES) {
      for (const route of listRoutes()) {
        const frame = await getFrameView(code, route);
        const length = frame?.description.length ?? 0;
        if (length < 50 || length > 160) wrong.push(`${code}/${route.slug || "(home)"}: ${length} characters`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("languages", () => {
  check("have a content folder for every locale in content/locales.json", () => {
    for (const { code } of LOCALES) expect(folders, code).toContain(code);
  });

  for (const locale of translations) {
    check(`${locale} has exactly the pages English has`, () => {
      expect(listSlugs(locale)).toEqual(listSlugs(DEFAULT_LOCALE));
    });

    check(
      `${locale} keeps every page's ids, citations, directory keys, links and components as in English, in order`,
      async () => {
        for (const slug of listSlugs(locale)) {
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
      },
    );
  }
});

describe("plain language", () => {
  /** About US grade 8: the target for every English page. */
  const MAX_GRADE = 8.5;
  const EN = path.join(CONTENT, "en");

  for (const file of fs.readdirSync(EN).filter((f) => f.endsWith(".mdx"))) {
    check(`reads at about grade 8 or lower: content/en/${file}`, () => {
      const { grade } = gradeLevel(toProse(fs.readFileSync(path.join(EN, file), "utf8")));
      console.log(`content/en/${file}: grade ${grade}`);
      expect(grade).toBeLessThanOrEqual(MAX_GRADE);
    });
  }

  check("reads at about grade 8 or lower: the directory text", () => {
    const texts = JSON.parse(fs.readFileSync(path.join(EN, "resources.json"), "utf8"));
    const prose = Object.values(texts.entries as Record<string, Record<string, string>>)
      .flatMap((entry) => [entry.explain, entry.use, entry.notFor, entry.caution])
      .filter((text): text is string => Boolean(text))
      .map((text) => (/[.!?]$/.test(text) ? text : `${text}.`))
      .join("\n");
    const { grade } = gradeLevel(prose);
    console.log(`content/en/resources.json: grade ${grade}`);
    expect(grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe("the registry (content/resources.json)", () => {
  const registry = () => [...getRegistry().values()];

  check("has phones whose display matches the number dialled", () => {
    for (const entry of registry()) {
      for (const phone of entry.phones) {
        const digits = phone.display.replace(/\D/g, "");
        expect(phone.tel.replace(/^\+1/, ""), `${entry.key}/${phone.id}`).toBe(digits);
      }
    }
  });

  check("publishes no phone for entries whose number was not verified", () => {
    expect(getRegistry().get("spd-non-emergency")?.phones).toEqual([]);
  });

  check("covers the offices, sources and laws the guide depends on", () => {
    const required = [
      "sac-immigration-enforcement-page",
      "spd-immigration-faq",
      "spd-go-523-07",
      "res-85-973",
      "res-2017-0158",
      "sacramento-city-code",
      "code-compliance",
      "spd-personnel-complaint",
      "opsa",
      "sac-311",
      "city-attorney",
      "office-diversity-equity",
      "language-access-program",
      "fuel-network",
      "ca-sb-54",
      "ca-ab-4",
      "ca-ab-2792",
      "civil-rights-equity-office",
    ];
    for (const key of required) expect(getRegistry().has(key), key).toBe(true);
  });

  check("lists every entry with a note to check in docs/launch-checklist.md, and no other", () => {
    const checklist = fs.readFileSync(path.join(process.cwd(), "docs/launch-checklist.md"), "utf8");
    const listed = [...checklist.matchAll(/^- `([a-z0-9-]+)`/gm)].map((match) => match[1]);
    const toCheck = registry()
      .filter((e) => e.checkBeforeLaunch)
      .map((e) => e.key);
    expect(listed.sort()).toEqual(toCheck.sort());
  });

  check("has words for every entry in every language, and no typed phone numbers", () => {
    for (const { code } of LOCALES) {
      const texts = getResourceTexts(code);
      expect(Object.keys(texts.entries).sort(), code).toEqual(
        registry()
          .map((e) => e.key)
          .sort(),
      );
      expect(JSON.stringify(texts).match(PHONE_PATTERN), code).toBeNull();
    }
  });

  check("has a last check (content/source-checks.json) for every entry with a URL", () => {
    const state = getSourceChecks();
    const missing = registry()
      .filter((entry) => entry.url && !state.sources[entry.key])
      .map((entry) => entry.key);
    const hint =
      "add a record to content/source-checks.json: a stored-copy record dated when the entry was verified, or run npm run check-sources -- --update after a live check";
    expect(missing, hint).toEqual([]);
  });

  check("dates each stored-copy check on a day the facts were verified", () => {
    const storedCopies = Object.values(getSourceChecks().sources).filter((record) => record.method === "stored-copy");
    for (const record of storedCopies) expect(["2026-11-28", "2026-12-04"]).toContain(record.checked);
  });
});

describe("search", () => {
  /** The language of a site path: its prefix, or English for a path without one. */
  const languageOf = (url: string) =>
    LOCALES.find(({ code }) => code !== DEFAULT_LOCALE && url.match(new RegExp(`^/${code}([/#]|$)`)))?.code ?? DEFAULT_LOCALE;

  const words: [Locale, string][] = [
    ["en", "complaint"],
    ["es", "queja"],
    ["zh-hans", "投诉"],
    ["zh-hant", "投訴"],
    ["pa", "ਸ਼ਿਕਾਇਤ"],
    ["hmn", "tsis txaus siab"],
    ["ru", "жалоб"],
    ["tl", "reklamo"],
    ["vi", "khiếu nại"],
    ["hi", "शिकायत"],
    ["fa", "شکایت"],
  ];
  for (const [locale, query] of words) {
    check(`finds "${query}" in ${locale}, on that language's pages, at the exact place`, async () => {
      const results = search(await getSearchIndex(locale), query);
      expect(results.length).toBeGreaterThan(2);
      for (const result of results) expect(languageOf(result.url), result.url).toBe(locale);
      expect(results.some((result) => result.url.includes("#"))).toBe(true);
      expect(results[0]?.snippet.some((part) => part.hit)).toBe(true);
    });
  }

  // People type the words of the article the guide presents; the guide keeps them beside its plainer words.
  for (const [query, where] of [
    ["improper disclosure", "/faq#"],
    ["monetary penalties", "/faq#"],
    ["subpoenas", "/penalties"],
    ["prohibit cooperation", "/faq#"],
  ] as const) {
    check(`finds the article's words "${query}" on the page that answers them`, async () => {
      const results = search(await getSearchIndex("en"), query);
      expect(
        results.some((result) => result.url.startsWith(where)),
        JSON.stringify(results.map((r) => r.url)),
      ).toBe(true);
    });
  }
});

describe("link-preview images", () => {
  afterEach(() => vi.unstubAllGlobals());

  check(
    "draw every how-to title they set with the bundled fonts, fetching nothing",
    async () => {
      // The renderer loads its own WebAssembly from data: URLs; anything else would be a network fetch.
      const realFetch = globalThis.fetch;
      const network: string[] = [];
      vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
        const url = input instanceof Request ? input.url : String(input);
        if (url.startsWith("data:")) return realFetch(input, init);
        network.push(url);
        return Promise.reject(new Error("no network"));
      });
      for (const { code } of LOCALES) {
        const page = await getPage(code, "how-to");
        if (!page || !canSetInImage(page.title)) continue;
        const image = renderPreviewImage({
          siteName: "Sacramento Immigrant Protections",
          title: page.title,
          pagePath: page.path,
        });
        const bytes = new Uint8Array(await image.arrayBuffer());
        expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join(""), code).toBe("PNG");
        expect(bytes.length, code).toBeLessThan(100_000);
      }
      expect(network).toEqual([]);
    },
    60_000,
  );
});
