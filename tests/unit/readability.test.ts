import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gradeLevel, toProse } from "@/lib/readability";

const EN = path.join(process.cwd(), "content/en");
/** About US grade 8: the target for every English page. */
const MAX_GRADE = 8.5;

describe("plain language", () => {
  it("scores the hard source article above grade 11, so the measure can tell", () => {
    const seed = `Sacramento enforces municipal code violations through its Code Enforcement and Police departments; enforcement for policy noncompliance may include municipal administrative actions, orders, and referral to the city attorney for civil enforcement. Appeal routes are governed by the municipal process for administrative orders or code violations; specific time limits for appeals are not specified on the cited pages.`;
    expect(gradeLevel(seed).grade).toBeGreaterThan(11);
  });

  for (const file of fs.readdirSync(EN).filter((f) => f.endsWith(".mdx"))) {
    it(`reads at about grade 8 or lower: content/en/${file}`, () => {
      const { grade } = gradeLevel(toProse(fs.readFileSync(path.join(EN, file), "utf8")));
      console.log(`content/en/${file}: grade ${grade}`);
      expect(grade).toBeLessThanOrEqual(MAX_GRADE);
    });
  }

  it("reads at about grade 8 or lower: the directory text", () => {
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
