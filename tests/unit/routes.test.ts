import { describe, expect, it } from "vitest";
import { listSlugs } from "@/lib/content";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n";
import { findRoute, listRouteParams, listRoutes, SLUGS, toAlternates, toGroupSlug } from "@/lib/routes";
import { ResourceGroupSchema } from "@/lib/schema";

// On the small site in tests/fixtures/site (vitest.config.mts).

describe("the list of pages", () => {
  const routes = listRoutes();
  const slugs = routes.map((route) => route.slug);

  it("has every content page, every directory group and the site's own pages, each once", () => {
    expect(slugs).toEqual(expect.arrayContaining(listSlugs(DEFAULT_LOCALE)));
    for (const group of ResourceGroupSchema.options) expect(slugs).toContain(toGroupSlug(group));
    for (const slug of [SLUGS.card, SLUGS.record, SLUGS.search, SLUGS.offline, SLUGS.notFound]) expect(slugs).toContain(slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("keeps search, offline and 404 out of search engines, and only search results are rendered on request", () => {
    const unindexed = routes.filter((route) => !route.indexed).map((route) => route.slug);
    expect(unindexed.sort()).toEqual([SLUGS.notFound, SLUGS.offline, SLUGS.search].sort());
    expect(routes.filter((route) => !route.prerendered).map((route) => route.slug)).toEqual([SLUGS.search]);
    expect(findRoute(SLUGS.notFound)?.offline).toBe(false);
  });

  it("keeps the guide for reading offline, and leaves the statements about the site online", () => {
    const online = routes.filter((route) => !route.offline).map((route) => route.slug);
    expect(online.sort()).toEqual([SLUGS.accessibility, SLUGS.notFound, SLUGS.privacy].sort());
  });

  it("gives each route handler exactly the prerendered pages of its depth, in every language", () => {
    const one = listRouteParams(1);
    expect(one).toContainEqual({ locale: "es", slug: ["faq"] });
    expect(one).not.toContainEqual({ locale: "es", slug: ["search"] });
    expect(listRouteParams(0)).toHaveLength(LOCALES.length);
    expect(listRouteParams(2)).toHaveLength(LOCALES.length * ResourceGroupSchema.options.length);
  });

  it("finds a page by its slug, and nothing for a slug the site does not have", () => {
    expect(findRoute("faq")?.kind).toBe("content");
    expect(findRoute(toGroupSlug("emergencies"))?.group).toBe("emergencies");
    expect(findRoute("resources/opsa")).toBeNull();
    expect(findRoute("FAQ")).toBeNull();
  });
});

describe("alternates", () => {
  it("list the page in every language and x-default, which is the English page", () => {
    const alternates = toAlternates("faq");
    expect(alternates).toHaveLength(LOCALES.length + 1);
    expect(alternates.find((a) => a.code === "es")).toEqual({ code: "es", hreflang: "es", path: "/es/faq" });
    expect(alternates.find((a) => a.hreflang === "zh-Hant")?.path).toBe("/zh-hant/faq");
    expect(alternates.at(-1)).toEqual({ code: null, hreflang: "x-default", path: "/faq" });
    expect(toAlternates("").find((a) => a.code === "fa")?.path).toBe("/fa");
  });
});
