import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PHONE_PATTERN } from "@/lib/mdx-check";
import { LOCALES } from "@/lib/i18n";
import { getRegistry, getResourceTexts } from "@/lib/content";
import { listResourceGroups } from "@/lib/resource-view";
import { RegistrySchema } from "@/lib/schema";

const registry = [...getRegistry().values()];

describe("the registry (content/resources.json)", () => {
  it("has unique keys", () => {
    const keys = registry.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    const doubled = JSON.parse(fs.readFileSync("content/resources.json", "utf8"));
    doubled.push(doubled[0]);
    expect(RegistrySchema.safeParse(doubled).success).toBe(false);
  });

  it("links over https, or over http only to the exact address that was verified", () => {
    for (const entry of registry) {
      if (!entry.url || new URL(entry.url).protocol === "https:") continue;
      expect(entry.verification, entry.key).toBe("verified");
      expect(entry.verifiedFrom, entry.key).toContain(entry.url);
    }
    const http = [{ ...registry[0], url: "http://example.org/" }];
    expect(RegistrySchema.safeParse(http).success).toBe(false);
    const seen = [{ ...registry[0], url: "http://example.org/", verifiedFrom: ["http://example.org/"] }];
    expect(RegistrySchema.safeParse(seen).success).toBe(true);
    expect(RegistrySchema.safeParse([{ ...seen[0], verification: "inferred", checkBeforeLaunch: "Check it." }]).success).toBe(
      false,
    );
  });

  it("has well-formed phones whose display matches the number dialled", () => {
    for (const entry of registry) {
      for (const phone of entry.phones) {
        const digits = phone.display.replace(/\D/g, "");
        expect(phone.tel.replace(/^\+1/, ""), `${entry.key}/${phone.id}`).toBe(digits);
      }
    }
  });

  it("publishes no phone for entries whose number was not verified", () => {
    expect(getRegistry().get("spd-non-emergency")?.phones).toEqual([]);
  });

  it("covers the offices, sources and laws the guide depends on", () => {
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

  it("lists every link that is not verified in the README under 'check before launch'", () => {
    const readme = fs.readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    const section = readme.split(/^## Check before launch$/m)[1]?.split(/^## /m)[0] ?? "";
    for (const entry of registry.filter((e) => e.checkBeforeLaunch)) {
      expect(section, entry.key).toContain(`\`${entry.key}\``);
    }
  });
});

describe("directory text", () => {
  for (const { code } of LOCALES) {
    it(`has words for every entry and group in ${code}, and no typed phone numbers`, () => {
      const texts = getResourceTexts(code);
      expect(Object.keys(texts.entries).sort()).toEqual(registry.map((e) => e.key).sort());
      const all = JSON.stringify(texts);
      expect(all.match(PHONE_PATTERN)).toBeNull();
    });
  }

  it("groups every entry under exactly one need, in the order of the page", () => {
    const groups = listResourceGroups("en");
    expect(groups.map((g) => g.key)).toEqual([
      "emergencies",
      "report-police-conduct",
      "report-city-code-problem",
      "city-policy",
      "free-legal-help",
      "language-and-access",
      "the-law",
    ]);
    expect(groups.flatMap((g) => g.entries).length).toBe(registry.length);
  });
});
