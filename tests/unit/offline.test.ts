import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n";
import { listOfflinePaths } from "@/lib/offline";
import { ResourceGroupSchema } from "@/lib/schema";

// On the small site in tests/fixtures/site (vitest.config.mts).

describe("the pages kept for offline reading", () => {
  it("are, in each language, the guide's pages, the directory groups, search and the search index, but not the offline page", async () => {
    const paths = await listOfflinePaths();
    expect(Object.keys(paths)).toEqual(LOCALES.map(({ code }) => code));
    expect(paths.es).toEqual({
      pages: [
        "/es",
        "/es/faq",
        "/es/how-to",
        "/es/resources",
        "/es/card",
        "/es/record",
        ...ResourceGroupSchema.options.map((group) => `/es/resources/${group}`),
        "/es/search",
        "/es/search-index.json",
      ],
      fallback: "/es/offline",
    });
  });

  it("leave out the statements about the site and the 404 page, in every language", async () => {
    const paths = await listOfflinePaths();
    for (const { code } of LOCALES) {
      const prefix = code === "en" ? "" : `/${code}`;
      expect(paths[code]?.pages, code).not.toContain(`${prefix}/privacy`);
      expect(paths[code]?.pages, code).not.toContain(`${prefix}/accessibility`);
      expect(paths[code]?.pages, code).not.toContain(`${prefix}/not-found`);
      expect(paths[code]?.pages, code).not.toContain(`${prefix}/offline`);
      expect(paths[code]?.pages, code).toContain(`${prefix}/search-index.json`);
    }
    expect(paths.en?.pages[0]).toBe("/");
    expect(paths.en?.fallback).toBe("/offline");
  });
});
