import { describe, expect, it } from "vitest";
import { MAX_QUERY, cutQuery, search, toSnippet, type SearchDoc } from "@/lib/search";

/** Ranking and snippets on small documents written here, so each weight and boundary shows. */
const doc = (url: string, title: string, section: string, text: string): SearchDoc => ({ url, title, section, text });
const urls = (docs: SearchDoc[], query: string, limit?: number) => search(docs, query, limit).map((result) => result.url);

describe("the query", () => {
  it("is cut to MAX_QUERY characters", () => {
    expect(MAX_QUERY).toBe(200);
    expect(cutQuery("x".repeat(250))).toBe("x".repeat(200));
    expect(cutQuery("short")).toBe("short");
  });
});

describe("ranking", () => {
  it("ranks a title match above a section match, and a section match above words in the text", () => {
    const docs = [
      doc("/p", "P", "S", "fee fee fee fee fee fee"),
      doc("/q", "Fee", "S", ""),
      doc("/r", "R", "Fee", "fee fee"),
      doc("/s", "S", "S", "other"),
    ];
    // Title 10; section 2 + text 1 + 0.5 per use; text alone 1 + 0.5 per use.
    expect(urls(docs, "fee")).toEqual(["/q", "/r", "/p"]);
  });

  it("counts at most five uses of a word in the text, and breaks ties by address", () => {
    const docs = [doc("/b", "B", "S", "fee ".repeat(7)), doc("/a", "A", "S", "fee ".repeat(5))];
    expect(urls(docs, "fee")).toEqual(["/a", "/b"]);
  });

  it("keeps only the documents that match the most words of the query, up to the limit", () => {
    const docs = [
      doc("/x", "Police", "S", "nothing"),
      doc("/y", "Y", "S", "police complaint"),
      doc("/w", "W", "S", "police complaint"),
      doc("/z", "Z", "S", "complaint"),
    ];
    expect(urls(docs, "police complaint")).toEqual(["/w", "/y"]);
    expect(urls(docs, "police complaint", 1)).toEqual(["/w"]);
  });

  it("matches a Chinese term by its pairs of characters when at least 3 in 5 appear, ranked below the exact term", () => {
    const docs = [
      doc("/a", "A", "S", "投诉警察。处理"), // 投诉, 警察, 处理: 3 of the 5 pairs of 警察投诉处理
      doc("/b", "B", "S", "警察投诉处理"),
      doc("/c", "C", "S", "关于警察"), // 1 of 5
    ];
    expect(urls(docs, "警察投诉处理")).toEqual(["/b", "/a"]);
  });
});

describe("snippets", () => {
  it("marks a hit at the very start and at the very end without empty pieces", () => {
    expect(toSnippet("office hours at the office", ["office"])).toEqual([
      { text: "office", hit: true },
      { text: " hours at the ", hit: false },
      { text: "office", hit: true },
    ]);
  });

  it("marks hits in the order they appear in the text, whatever the order of the terms", () => {
    expect(toSnippet("alpha beta", ["beta", "alpha"])).toEqual([
      { text: "alpha", hit: true },
      { text: " ", hit: false },
      { text: "beta", hit: true },
    ]);
  });

  it("marks overlapping hits once each, and the same hit only once", () => {
    expect(toSnippet("policeman", ["pol", "police"])).toEqual([
      { text: "pol", hit: true },
      { text: "ice", hit: true },
      { text: "man", hit: false },
    ]);
    expect(toSnippet("abc", ["ab", "ab"])).toEqual([
      { text: "ab", hit: true },
      { text: "c", hit: false },
    ]);
  });

  it("cuts a long text to whole words around the first hit, 60 characters before it, with an ellipsis at each cut end", () => {
    // word00 … word59, seven characters each with the space: word20 starts at 140.
    const text = Array.from({ length: 60 }, (_, i) => `word${String(i).padStart(2, "0")}`).join(" ");
    expect(toSnippet(text, ["word20"])).toEqual([
      { text: "… ", hit: false },
      { text: "word12 word13 word14 word15 word16 word17 word18 word19 ", hit: false },
      { text: "word20", hit: true },
      {
        text: " word21 word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36",
        hit: false,
      },
      { text: " …", hit: false },
    ]);
  });
});
