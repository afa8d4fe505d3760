import { describe, expect, it } from "vitest";
import { listPages } from "@/lib/content";
import { getFrameView, getGroupView, getPageView, listStartPages, type FrameView } from "@/lib/page-view";
import { getResource, listResourceGroups } from "@/lib/resource-view";
import { findRoute, toAlternates, type SiteRoute } from "@/lib/routes";
import { toBreadcrumbList, toWebSite } from "@/lib/structured-data";

// On the small site in tests/fixtures/site (vitest.config.mts). The fixture's interface strings are their own keys
// (`nav.home`), with an `es:` prefix in Spanish.

async function summary(locale: "en" | "es", slug: string) {
  const found = (await listPages(locale)).find((page) => page.slug === slug);
  expect(found, slug).toBeDefined();
  return found!;
}

function resource(locale: "en" | "es", key: string) {
  const entry = getResource(locale, key);
  expect(entry, key).not.toBeNull();
  return entry!;
}

describe("a content page's view", () => {
  it("is null for a page the language does not have", async () => {
    await expect(getPageView("en", "no-such-page")).resolves.toBeNull();
  });

  it("lists the cited entries as Sources, in citation order, and every cited or linked entry by key", async () => {
    const faq = (await getPageView("en", "faq"))!;
    expect(faq.sources).toEqual([resource("en", "state-law"), resource("en", "oversight-office")]);
    const howTo = (await getPageView("es", "how-to"))!;
    expect(howTo.sources).toEqual([resource("es", "city-policy-page")]);
    // `<Resource id="help-line">` and `<Phone id="help-line">` link an entry without citing it: not a source.
    expect(howTo.resources).toEqual({
      "city-policy-page": resource("es", "city-policy-page"),
      "help-line": resource("es", "help-line"),
    });
  });

  it("runs previous and next through the main sections: the home page has no previous, the directory no next", async () => {
    const home = (await getPageView("en", ""))!;
    expect([home.previous, home.next]).toEqual([undefined, await summary("en", "faq")]);
    const faq = (await getPageView("es", "faq"))!;
    expect([faq.previous, faq.next]).toEqual([await summary("es", ""), await summary("es", "how-to")]);
    const directory = (await getPageView("en", "resources"))!;
    expect([directory.previous, directory.next]).toEqual([await summary("en", "how-to"), undefined]);
  });

  it("lists only second-level headings under 'On this page', not the how-to's steps", async () => {
    expect((await getPageView("en", "privacy"))!.outline).toEqual([{ id: "what-we-collect", title: "What we collect" }]);
    expect((await getPageView("en", "faq"))!.outline).toEqual([
      { id: "status-database", title: "Do the police keep a database of immigration status?" },
      { id: "how-to-complain", title: "How do I make a complaint?" },
    ]);
    expect((await getPageView("en", "how-to"))!.outline).toEqual([]);
  });

  it("carries the directory's groups only on the page that shows the directory, each also under 'On this page'", async () => {
    const directory = (await getPageView("es", "resources"))!;
    const groups = listResourceGroups("es");
    expect(groups.length).toBeGreaterThan(1);
    expect(directory.groups).toEqual(groups);
    expect(directory.outline).toEqual(groups.map((group) => ({ id: group.key, title: group.title })));
    expect((await getPageView("es", "faq"))!.groups).toEqual([]);
  });

  it("has the body's structured data after the body, except on the home page, whose data is in the head", async () => {
    expect((await getPageView("en", ""))!.structuredData).toBeNull();
    expect((await getPageView("en", "faq"))!.structuredData).toMatchObject({ "@type": "FAQPage" });
    expect((await getPageView("es", "how-to"))!.structuredData).toMatchObject({ "@type": "HowTo" });
  });
});

describe("a translated page's status", () => {
  it("is null for an English page", async () => {
    expect((await getPageView("en", "resources"))!.translation).toBeNull();
  });

  it("links the English page and the language access program, and says whether a translator checked it", async () => {
    expect((await getPageView("es", ""))!.translation).toEqual({
      englishPath: "/",
      reviewed: true,
      outOfDate: false,
      languageAccess: resource("es", "language-access-program"),
    });
    expect((await getPageView("es", "faq"))!.translation).toEqual({
      englishPath: "/faq",
      reviewed: false,
      outOfDate: false,
      languageAccess: resource("es", "language-access-program"),
    });
  });

  it("is out of date when the English page was reviewed after the translation was made", async () => {
    // es/resources.mdx was translated from the page of 2026-12-01; en/resources.mdx was reviewed on 2026-12-02.
    expect((await getPageView("es", "resources"))!.translation).toEqual({
      englishPath: "/resources",
      reviewed: false,
      outOfDate: true,
      languageAccess: resource("es", "language-access-program"),
    });
  });
});

describe("a directory group's view", () => {
  it("is null for an unknown group", async () => {
    await expect(getGroupView("en", "no-such-group")).resolves.toBeNull();
  });

  it("has its neighbours in the directory, the directory page and the directory's translation status", async () => {
    const groups = listResourceGroups("es");
    const view = (await getGroupView("es", groups[1]!.key))!;
    expect(view.group).toEqual(groups[1]);
    expect([view.previous, view.next]).toEqual([groups[0], groups[2]]);
    expect(view.directory).toEqual((await getPageView("es", "resources"))!.page);
    expect(view.translation).toEqual((await getPageView("es", "resources"))!.translation);
    const last = (await getGroupView("en", groups.at(-1)!.key))!;
    expect(last.next).toBeUndefined();
  });
});

/** A frame without its translator and page list, which every frame has. */
async function frameOf(locale: "en" | "es", route: SiteRoute): Promise<Omit<FrameView, "t" | "pages"> | null> {
  const frame = await getFrameView(locale, route);
  if (!frame) return null;
  const { t, pages, ...rest } = frame;
  expect(t("nav.home")).toBe(locale === "en" ? "nav.home" : "es:nav.home");
  expect(pages).toEqual(await listPages(locale));
  return rest;
}

function route(slug: string): SiteRoute {
  const found = findRoute(slug);
  expect(found, slug).not.toBeNull();
  return found!;
}

describe("a page's frame", () => {
  it("of the home page says what the site is, with no trail", async () => {
    const description = "The home page of the small site the unit tests run on, with one citation and the list of its sections.";
    expect(await frameOf("en", route(""))).toEqual({
      locale: "en",
      route: route(""),
      alternates: toAlternates(""),
      currentSlug: "",
      title: "A small guide for the tests",
      description,
      crumb: "Home",
      trail: null,
      lastReviewed: "2026-12-01",
      structuredData: [toWebSite({ locale: "en", name: "site.name", description })],
    });
  });

  it("of a content page has its words, a trail from home and the breadcrumb list", async () => {
    const trail = [{ href: "/es", label: "es:nav.home" }];
    expect(await frameOf("es", route("faq"))).toEqual({
      locale: "es",
      route: route("faq"),
      alternates: toAlternates("faq"),
      currentSlug: "faq",
      title: "Preguntas y respuestas",
      description: "Respuestas cortas a las preguntas de la gente, cada una con su propio enlace, para las pruebas de búsqueda.",
      crumb: "Preguntas",
      trail,
      lastReviewed: "2026-12-01",
      structuredData: [toBreadcrumbList([...trail, { href: "/es/faq", label: "Preguntas" }])],
    });
  });

  it("of a directory group sits under the directory, marks it current and has its review date", async () => {
    const trail = [
      { href: "/", label: "nav.home" },
      { href: "/resources", label: "Directory" },
    ];
    expect(await frameOf("en", route("resources/emergencies"))).toEqual({
      locale: "en",
      route: route("resources/emergencies"),
      alternates: toAlternates("resources/emergencies"),
      currentSlug: "resources",
      title: "Emergencies",
      description: "Who to call when someone is in danger.",
      crumb: "Emergencies",
      trail,
      lastReviewed: "2026-12-02",
      structuredData: [toBreadcrumbList([...trail, { href: "/resources/emergencies", label: "Emergencies" }])],
    });
  });

  it("is null for a content page or a group the site does not have", async () => {
    expect(
      await getFrameView("en", {
        kind: "content",
        slug: "no-such-page",
        indexed: true,
        offline: true,
        prerendered: true,
        previewImage: true,
      }),
    ).toBeNull();
    const unknownGroup: SiteRoute = {
      kind: "group",
      slug: "resources/no-such-group",
      // A group name the registry does not know (the type only admits known ones).
      group: "no-such-group" as SiteRoute["group"],
      indexed: true,
      offline: true,
      prerendered: true,
      previewImage: true,
    };
    expect(await getFrameView("en", unknownGroup)).toBeNull();
  });

  it("of the pocket card and the record sheet take their words from the interface and the how-to's review date", async () => {
    for (const kind of ["card", "record"] as const) {
      const trail = [{ href: "/es", label: "es:nav.home" }];
      expect(await frameOf("es", route(kind))).toEqual({
        locale: "es",
        route: route(kind),
        alternates: toAlternates(kind),
        currentSlug: null,
        title: `es:${kind}.title`,
        description: `es:${kind}.description`,
        crumb: `es:${kind}.title`,
        trail,
        lastReviewed: "2026-12-01",
        structuredData: [toBreadcrumbList([...trail, { href: `/es/${kind}`, label: `es:${kind}.title` }])],
      });
    }
  });

  it("of the search page has a trail from home and no review date", async () => {
    const trail = [{ href: "/", label: "nav.home" }];
    expect(await frameOf("en", route("search"))).toEqual({
      locale: "en",
      route: route("search"),
      alternates: toAlternates("search"),
      currentSlug: null,
      title: "search.title",
      description: "search.description",
      crumb: "search.title",
      trail,
      structuredData: [toBreadcrumbList([...trail, { href: "/search", label: "search.title" }])],
    });
  });

  it("of the offline page has no trail and no breadcrumb list", async () => {
    expect(await frameOf("es", route("offline"))).toEqual({
      locale: "es",
      route: route("offline"),
      alternates: toAlternates("offline"),
      currentSlug: null,
      title: "es:offline.title",
      description: "es:offline.body",
      crumb: "es:offline.title",
      trail: null,
      structuredData: [],
    });
  });

  it("of the 404 page has no address of its own, so no other languages", async () => {
    const notFound = route("not-found");
    expect(notFound.kind).toBe("not-found");
    expect(await frameOf("en", notFound)).toEqual({
      locale: "en",
      route: notFound,
      alternates: null,
      currentSlug: null,
      title: "notFound.title",
      description: "notFound.body",
      crumb: "notFound.title",
      trail: null,
      structuredData: [],
    });
  });
});

describe("the ways into the guide", () => {
  it("are the FAQ, the how-to and the directory, in that order, in the reader's language", async () => {
    expect(await listStartPages("es")).toEqual([
      await summary("es", "faq"),
      await summary("es", "how-to"),
      await summary("es", "resources"),
    ]);
  });
});
