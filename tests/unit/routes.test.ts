import { describe, expect, it } from "vitest";
import { listSlugs } from "@/lib/content";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n";
import {
  findRoute,
  listRouteParams,
  listRoutes,
  SLUGS,
  toAlternates,
  toGroupPath,
  toGroupSlug,
  toResourcePath,
  type SiteRoute,
} from "@/lib/routes";
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

describe("the routes of the small site", () => {
  it("are its content pages, then the card, the record, every directory group, search, offline and 404, with their flags (no preview image for offline and 404)", () => {
    const flags = (route: SiteRoute) =>
      [
        route.indexed && "indexed",
        route.offline && "offline",
        route.prerendered && "prerendered",
        route.previewImage && "preview",
      ]
        .filter(Boolean)
        .join(" ");
    expect(listRoutes().map((route) => `${route.kind} "${route.slug}": ${flags(route)}`)).toEqual([
      'content "": indexed offline prerendered preview',
      'content "accessibility": indexed prerendered preview',
      'content "faq": indexed offline prerendered preview',
      'content "how-to": indexed offline prerendered preview',
      'content "privacy": indexed prerendered preview',
      'content "resources": indexed offline prerendered preview',
      'card "card": indexed offline prerendered preview',
      'record "record": indexed offline prerendered preview',
      ...ResourceGroupSchema.options.map((group) => `group "resources/${group}": indexed offline prerendered preview`),
      'search "search": offline preview',
      'offline "offline": offline prerendered',
      'not-found "not-found": prerendered',
    ]);
  });

  it("name a directory group only on the group's own page", () => {
    expect(listRoutes().filter((route) => route.group !== undefined)).toEqual(
      ResourceGroupSchema.options.map((group) => ({
        kind: "group",
        slug: `resources/${group}`,
        group,
        indexed: true,
        offline: true,
        prerendered: true,
        previewImage: true,
      })),
    );
  });

  it("give each route handler its slug split into segments, home as no segment", () => {
    expect(listRouteParams(0).map((param) => param.slug)).toEqual(LOCALES.map(() => []));
    expect(listRouteParams(0).map((param) => param.locale)).toEqual(LOCALES.map(({ code }) => code));
    expect(listRouteParams(2)).toContainEqual({ locale: "zh-hant", slug: ["resources", "the-law"] });
    expect(
      listRouteParams(1)
        .filter((param) => param.locale === "en")
        .map((param) => param.slug.join("/")),
    ).toEqual(["accessibility", "faq", "how-to", "privacy", "resources", "card", "record", "offline", "not-found"]);
  });
});

describe("paths of the directory", () => {
  it("give each group its own page, and each entry an anchor on its group's page", () => {
    expect(toGroupPath("es", "free-legal-help")).toBe("/es/resources/free-legal-help");
    expect(toGroupPath("en", "the-law")).toBe("/resources/the-law");
    expect(toResourcePath("es", { key: "help-line", group: "free-legal-help" })).toBe("/es/resources/free-legal-help#help-line");
    expect(toResourcePath("en", { key: "state-law", group: "the-law" })).toBe("/resources/the-law#state-law");
  });
});
