import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countSyllables, gradeLevel, toProse, toSentences } from "@/lib/readability";
import { SITE } from "../fixtures/site";

// The measure itself; tests/unit/content.test.ts holds every English page of the guide to it.
describe("plain language", () => {
  it("scores the hard source article above grade 11, so the measure can tell", () => {
    const seed = `Sacramento enforces municipal code violations through its Code Enforcement and Police departments; enforcement for policy noncompliance may include municipal administrative actions, orders, and referral to the city attorney for civil enforcement. Appeal routes are governed by the municipal process for administrative orders or code violations; specific time limits for appeals are not specified on the cited pages.`;
    expect(gradeLevel(seed).grade).toBeGreaterThan(11);
  });

  it("scores short sentences of common words at grade 8 or lower, reading a page's prose without its markup", () => {
    const prose = toProse(fs.readFileSync(path.join(SITE, "en/faq.mdx"), "utf8"));
    expect(prose).toContain("Do the police keep a database of immigration status?");
    expect(prose).not.toMatch(/<|sources:|Cite/);
    const { grade, sentences } = gradeLevel(prose);
    expect(sentences).toBeGreaterThan(3);
    expect(grade).toBeLessThanOrEqual(8);
  });
});

describe("the syllable estimate", () => {
  it("counts a word of three letters or fewer as one syllable", () => {
    expect(countSyllables("eye")).toBe(1);
    expect(countSyllables("the")).toBe(1);
  });

  it("counts groups of one or two vowels, y included", () => {
    expect(countSyllables("paper")).toBe(2);
    expect(countSyllables("water")).toBe(2);
    expect(countSyllables("happy")).toBe(2);
  });

  it("does not count a silent final e, es or ed", () => {
    expect(countSyllables("makes")).toBe(1);
    expect(countSyllables("jumped")).toBe(1);
    expect(countSyllables("Stopped!")).toBe(1);
  });

  it("does not count a y that starts a word", () => {
    expect(countSyllables("young")).toBe(1);
  });

  it("counts a word without vowels as one syllable", () => {
    expect(countSyllables("pfft")).toBe(1);
  });
});

describe("sentences", () => {
  it("splits at end punctuation, colons, semicolons and line breaks, trims each and drops those without a letter", () => {
    expect(toSentences("  One. 42. Two!  Three? Four; five: six\n\nseven")).toEqual([
      "One.",
      "Two!",
      "Three?",
      "Four;",
      "five:",
      "six",
      "seven",
    ]);
  });
});

describe("the grade", () => {
  it("is the Flesch-Kincaid formula, to one decimal", () => {
    // 6 words, 2 sentences, 6 syllables: 0.39 × 3 + 11.8 × 1 − 15.59.
    expect(gradeLevel("The cat sat. The dog ran.")).toEqual({ grade: -2.6, words: 6, sentences: 2 });
  });

  it("counts only words with a letter: a number is not a word", () => {
    // 3 words, 1 sentence, 4 syllables: 0.39 × 3 + 11.8 × 4 / 3 − 15.59.
    expect(gradeLevel("It costs 5 dollars.")).toEqual({ grade: 1.3, words: 3, sentences: 1 });
  });
});

describe("a page's prose", () => {
  it("drops the frontmatter at the start, and only there", () => {
    expect(toProse("---\ntitle: x\n---\nHello.")).toBe("\nHello.");
    expect(toProse("A pause --- and --- more.")).toBe("A pause --- and --- more.");
  });

  it("reads step and violation titles as sentences and questions as lines, wherever the attribute is", () => {
    expect(toProse('<Step id="go" title="Go now">Body</Step>')).toBe("\nGo now.\nBody ");
    expect(toProse('<Violation title="Bad stop" id="bad-stop">')).toBe("\nBad stop.\n");
    expect(toProse('<Faq question="Why?" id="why">')).toBe("\nWhy?\n");
  });

  it("reads a directory element as “the office”, a link as its text, and drops other tags and Markdown markers", () => {
    expect(toProse('Call <Phone id="help-line" />, see [the faq page](/en/faq) or <Resource id="a" />.')).toBe(
      "Call the office, see the faq page or the office.",
    );
    expect(toProse("<Callout>**Bold** `code` _it_</Callout>")).toBe(" Bold code it ");
  });

  it("makes each list item a line of its own, nested or not, but leaves a dash inside a line", () => {
    expect(toProse("- one\n  - two\n-  three\nA - B")).toBe("\none\n\ntwo\n\nthree\nA - B");
  });
});
