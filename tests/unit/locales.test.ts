import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isLocale, LOCALES } from "@/lib/i18n";
import { LOCALE_CODES } from "@/lib/locales.generated";
import { GENERATED_FILE, renderLocaleCodes } from "../../scripts/generate-locales.mjs";

describe("the Locale type", () => {
  it("is generated from content/locales.json, and the committed file is up to date (run npm run typecheck)", () => {
    expect(fs.readFileSync(GENERATED_FILE, "utf8")).toBe(renderLocaleCodes());
    expect([...LOCALE_CODES]).toEqual(LOCALES.map((locale) => locale.code));
  });

  it("is not generated from a content/locales.json that is not JSON, and the message names the file", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "locales-"));
    fs.mkdirSync(path.join(root, "content"));
    fs.writeFileSync(path.join(root, "content/locales.json"), '[{ "code": "en" },]');
    try {
      expect(() => renderLocaleCodes(root)).toThrow(/^.*content\/locales\.json: not valid JSON: Unexpected token ']'/);
    } finally {
      fs.rmSync(root, { recursive: true });
    }
  });

  it("accepts exactly the languages of the guide", () => {
    expect(isLocale("es")).toBe(true);
    expect(isLocale("zh-hant")).toBe(true);
    for (const value of ["de", "EN", "zh", "", "es/", "constructor"]) expect(isLocale(value), value).toBe(false);
  });
});
