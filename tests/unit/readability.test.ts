import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gradeLevel, toProse } from "@/lib/readability";
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
