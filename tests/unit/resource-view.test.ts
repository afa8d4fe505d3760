import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getResource, getResourceGroup, listResourceGroups } from "@/lib/resource-view";
import { copySite, editFile, removeSiteCopies } from "../fixtures/site";

// The directory as readers see it, on copies of the small site in tests/fixtures/site.

afterAll(removeSiteCopies);

describe("a directory entry", () => {
  it("is shown in full on its group's page, at its key, in the reader's language", () => {
    expect(getResource("es", "oversight-office")?.path).toBe("/es/resources/report-police-conduct#oversight-office");
    expect(getResource("en", "oversight-office")?.path).toBe("/resources/report-police-conduct#oversight-office");
  });

  it("carries the last check of its official page, or null when it was never checked", () => {
    const root = copySite();
    fs.writeFileSync(
      path.join(root, "source-checks.json"),
      JSON.stringify({
        sources: {
          "city-policy-page": { url: "https://www.example.gov/policy", checked: "2026-11-02", method: "stored-copy" },
        },
      }),
    );
    expect(getResource("en", "city-policy-page", root)?.check).toEqual({
      date: "2026-11-02",
      method: "stored-copy",
      verdict: null,
      lastWorkingUrl: null,
    });
    expect(getResource("en", "oversight-office", root)?.check).toBeNull();
  });

  it("of one language is not served in another, nor one site's in another site's", () => {
    const root = copySite();
    editFile(root, "es/resources.json", (text) =>
      text.replace("Presente aquí una queja sobre un policía.", "Otra manera de presentar una queja."),
    );
    expect(getResource("en", "oversight-office", root)?.text.use).not.toBe(getResource("es", "oversight-office", root)?.text.use);
    expect(getResource("es", "oversight-office", root)?.text.use).toBe("Otra manera de presentar una queja.");
    expect(getResource("es", "oversight-office")?.text.use).toBe("Presente aquí una queja sobre un policía.");
  });
});

describe("a directory group", () => {
  it("has its heading and introduction in the reader's language, its own page and its entries", () => {
    expect(getResourceGroup("es", "emergencies")).toMatchObject({
      key: "emergencies",
      title: "Emergencias",
      intro: "A quién llamar si alguien está en peligro.",
      path: "/es/resources/emergencies",
      entries: [{ key: "emergency-line", path: "/es/resources/emergencies#emergency-line" }],
    });
  });

  it("lists are made once per language", () => {
    expect(listResourceGroups("es")).toBe(listResourceGroups("es"));
    expect(listResourceGroups("es")).not.toBe(listResourceGroups("en"));
  });
});
