import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRegistry, getResourceTexts } from "@/lib/content";
import { getResource, getResourceGroup, listResourceGroups } from "@/lib/resource-view";
import { RegistrySchema } from "@/lib/schema";
import { SITE } from "../fixtures/site";

// On the registry of the small site in tests/fixtures/site; tests/unit/content.test.ts checks the real one.
const registry = [...getRegistry().values()];

describe("the registry (resources.json)", () => {
  it("is read from the site's folder, each entry by its key", () => {
    expect(registry.map((entry) => entry.key)).toEqual(
      JSON.parse(fs.readFileSync(path.join(SITE, "resources.json"), "utf8")).map((entry: { key: string }) => entry.key),
    );
    expect(
      getRegistry()
        .get("help-line")
        ?.phones.map((phone) => phone.id),
    ).toEqual(["day", "night"]);
    expect(getRegistry().get("city-policy-page")?.phones).toEqual([]);
  });

  it("has unique keys", () => {
    const keys = registry.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    const doubled = JSON.parse(fs.readFileSync(path.join(SITE, "resources.json"), "utf8"));
    expect(RegistrySchema.safeParse(doubled).success).toBe(true);
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

  it("rejects a phone whose display or number is not well formed", () => {
    const phone = (display: string, tel: string) => [{ ...registry[0], phones: [{ id: "main", display, tel }] }];
    expect(RegistrySchema.safeParse(phone("(916) 555-0100", "+19165550100")).success).toBe(true);
    expect(RegistrySchema.safeParse(phone("3-1-1", "311")).success).toBe(true);
    expect(RegistrySchema.safeParse(phone("916-555-0100", "+19165550100")).success).toBe(false);
    expect(RegistrySchema.safeParse(phone("(916) 555-0100", "9165550100")).success).toBe(false);
  });
});

describe("directory text", () => {
  it("gives each entry its words in the reader's language, with its phones", () => {
    expect(getResource("es", "oversight-office")).toMatchObject({
      name: "Oversight Office",
      text: { use: "Presente aquí una queja sobre un policía.", phoneLabels: { main: "Línea principal" } },
      phones: [{ id: "main", display: "(916) 555-0123" }],
      check: null,
    });
    expect(getResource("es", "no-such-entry")).toBeNull();
    expect(Object.keys(getResourceTexts("es").entries).sort()).toEqual(registry.map((e) => e.key).sort());
  });

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
    expect(groups.find((g) => g.key === "free-legal-help")?.entries.map((e) => e.key)).toEqual(["help-line"]);
    expect(getResourceGroup("es", "the-law")).toMatchObject({ title: "La ley", entries: [{ key: "state-law" }] });
    expect(getResourceGroup("es", "no-such-group")).toBeNull();
  });
});
