import type { Locale } from "@/lib/i18n";
import { describe, expect, it } from "vitest";
import { fold, search, toSnippet, toTerms } from "@/lib/search";
import { getSearchIndex } from "@/lib/search-index";

/** Where the first results point, e.g. `/vi/faq#…`. */
async function find(locale: Locale, query: string) {
  return search(await getSearchIndex(locale), query);
}

describe("folding text for search", () => {
  it("drops the accents and tone marks of Latin letters, Vietnamese included", () => {
    expect(fold("Thành phố Sacramento")).toBe("thanh pho sacramento");
    expect(fold("Điều tra")).toBe("dieu tra");
    expect(fold("Queja")).toBe("queja");
  });

  it("keeps the vowel signs of Punjabi and Hindi, which change the word", () => {
    expect(fold("ਸ਼ਿਕਾਇਤ")).toContain("ਿ");
    expect(fold("शिकायत")).toContain("ि");
  });

  it("reads Persian with or without the zero-width non-joiner, and Arabic letter forms as Persian", () => {
    expect(fold("می‌توانید")).toBe(fold("میتوانید"));
    expect(fold("كي")).toBe(fold("کی"));
  });

  it("ignores single letters, digits and markup, but keeps one Chinese character", () => {
    expect(toTerms("<script>alert(1)</script>")).toEqual(["script", "alert"]);
    expect(toTerms("a 1 警")).toEqual(["警"]);
  });
});

describe("search in every language", () => {
  const cases: [Locale, string, RegExp][] = [
    ["en", "complaint", /^\/(?!(es|zh-hans|zh-hant|pa|hmn|ru|tl|vi|hi|fa)([/#]|$))/],
    ["es", "queja", /^\/es([/#]|$)/],
    ["zh-hans", "投诉", /^\/zh-hans([/#]|$)/],
    ["zh-hant", "投訴", /^\/zh-hant([/#]|$)/],
    ["pa", "ਸ਼ਿਕਾਇਤ", /^\/pa([/#]|$)/],
    ["hmn", "tsis txaus siab", /^\/hmn([/#]|$)/],
    ["ru", "жалоб", /^\/ru([/#]|$)/],
    ["tl", "reklamo", /^\/tl([/#]|$)/],
    ["vi", "khiếu nại", /^\/vi([/#]|$)/],
    ["hi", "शिकायत", /^\/hi([/#]|$)/],
    ["fa", "شکایت", /^\/fa([/#]|$)/],
  ];
  for (const [locale, query, where] of cases) {
    it(`finds "${query}" in ${locale}, linking to the exact place`, async () => {
      const results = await find(locale, query);
      expect(results.length).toBeGreaterThan(2);
      for (const result of results) expect(result.url).toMatch(where);
      expect(results.some((result) => result.url.includes("#"))).toBe(true);
      expect(results[0]?.snippet.some((part) => part.hit)).toBe(true);
    });
  }

  it("finds Vietnamese typed without its accents", async () => {
    const withMarks = await find("vi", "khiếu nại");
    expect(await find("vi", "khieu nai")).toEqual(withMarks);
  });

  it("finds Chinese words written without spaces, in either order", async () => {
    const results = await find("zh-hans", "警察投诉");
    expect(results.length).toBeGreaterThan(0);
    expect(await find("zh-hans", "投诉警察")).not.toEqual([]);
  });

  it("finds Persian words typed without the zero-width non-joiner", async () => {
    expect((await find("fa", "میتوانید")).length).toBeGreaterThan(0);
  });

  it("finds a directory entry by its phone number and an FAQ answer by its words", async () => {
    expect((await find("en", "808-7525")).map((r) => r.url)).toContain("/resources/report-police-conduct#opsa");
    const top = (await find("en", "database immigration status")).slice(0, 3).map((r) => r.url);
    expect(top).toContain("/faq#police-status-database");
  });

  it("finds nothing for junk, and nothing for an empty query", async () => {
    expect(await find("en", "<blink>qqzx(1)</blink>")).toEqual([]);
    expect(await find("en", "   ")).toEqual([]);
    expect(await find("en", "zzqqxx")).toEqual([]);
  });
});

describe("snippets", () => {
  it("marks every hit inside a short extract around the first one", () => {
    const text = `${"word ".repeat(60)}the police officer spoke to the police chief ${"end ".repeat(60)}`;
    const parts = toSnippet(text, ["police"]);
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(["police", "police"]);
    expect(parts[0]?.text).toBe("… ");
    expect(parts.at(-1)?.text).toBe(" …");
    expect(parts.map((part) => part.text).join("").length).toBeLessThan(200);
  });

  it("maps hits back to the original text, accents and all", () => {
    const parts = toSnippet("Gọi cho Thành phố", ["thanh", "pho"]);
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(["Thành", "phố"]);
  });
});

describe("the article's own words", () => {
  // People type the words of the article the guide presents; the guide keeps them beside its plainer words.
  for (const [query, where] of [
    ["improper disclosure", "/faq#"],
    ["monetary penalties", "/faq#"],
    ["subpoenas", "/penalties"],
    ["prohibit cooperation", "/faq#"],
  ] as const) {
    it(`finds "${query}" on the page that answers it`, async () => {
      const results = await find("en", query);
      expect(
        results.some((result) => result.url.startsWith(where)),
        JSON.stringify(results.map((r) => r.url)),
      ).toBe(true);
    });
  }
});
