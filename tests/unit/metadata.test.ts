import { describe, expect, it, vi } from "vitest";
import { LOCALES } from "@/lib/i18n";
import { getPreviewImage, listSitemapEntries, previewImageRoute } from "@/lib/metadata";
import { renderPreviewImage } from "@/lib/preview-image";
import { listRoutes } from "@/lib/routes";
import { site } from "@/lib/site";

// The small site in tests/fixtures/site has two of the site's languages: the sitemap is made for those two.
vi.mock("@/lib/i18n", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/i18n")>();
  return { ...actual, LOCALES: actual.LOCALES.filter(({ code }) => code === "en" || code === "es") };
});

// Drawing the image is tested in preview-image.test.ts; here, what it is drawn from.
vi.mock("@/lib/preview-image", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/preview-image")>();
  return { ...actual, renderPreviewImage: vi.fn(() => "image") };
});

const origin = site.origin;

describe("a page's link-preview image", () => {
  it("is drawn from the English site name, the page's title in its language and its address", async () => {
    await expect(getPreviewImage("es", "faq")).resolves.toBe("image");
    expect(renderPreviewImage).toHaveBeenLastCalledWith({
      siteName: "site.name",
      title: "Preguntas y respuestas",
      pagePath: "/es/faq",
    });
    await getPreviewImage("en", "resources/emergencies");
    expect(renderPreviewImage).toHaveBeenLastCalledWith({
      siteName: "site.name",
      title: "Emergencies",
      pagePath: "/resources/emergencies",
    });
  });

  it("is null for an address the site does not have", async () => {
    vi.mocked(renderPreviewImage).mockClear();
    await expect(getPreviewImage("en", "no-such-page")).resolves.toBeNull();
    expect(renderPreviewImage).not.toHaveBeenCalled();
  });
});

describe("an opengraph-image.tsx file's exports", () => {
  const params = (values: Record<string, string>) => ({ params: Promise.resolve(values) });

  it("list the pages of their folder that have a preview image, in every language", () => {
    const section = previewImageRoute(
      (route) => route.kind === "content" || route.kind === "offline",
      (route) => ({ section: route.slug }),
    );
    const sections = listRoutes()
      .filter((route) => route.kind === "content")
      .map((route) => route.slug);
    expect(section.generateStaticParams()).toEqual(
      sections.flatMap((slug) => [
        { locale: "en", section: slug },
        { locale: "es", section: slug },
      ]),
    );
    expect(section.generateStaticParams().map(({ section }) => section)).not.toContain("offline");
  });

  it("draw the image of the page their params name, and answer 404 for any other", async () => {
    const group = previewImageRoute(
      (route) => route.kind === "group",
      (route) => ({ group: route.group! }),
    );
    await expect(group.Image(params({ locale: "es", group: "emergencies" }))).resolves.toBe("image");
    expect(renderPreviewImage).toHaveBeenLastCalledWith(expect.objectContaining({ pagePath: "/es/resources/emergencies" }));
    const wrongs: Record<string, string>[] = [
      { locale: "es", group: "no-such-group" },
      { locale: "xx", group: "emergencies" },
      { locale: "es" },
    ];
    for (const wrong of wrongs) {
      await expect(group.Image(params(wrong))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
  });
});

describe("the sitemap", () => {
  it("lists every indexed page in every language, with its review date and every language's address", async () => {
    expect(LOCALES.map(({ code }) => code)).toEqual(["en", "es"]);
    const entries = await listSitemapEntries();
    const home = { languages: { en: `${origin}/`, es: `${origin}/es`, "x-default": `${origin}/` } };
    expect(entries.slice(0, 2)).toEqual([
      { url: `${origin}/`, lastModified: "2026-12-01", alternates: home },
      { url: `${origin}/es`, lastModified: "2026-12-01", alternates: home },
    ]);
    const group = {
      languages: {
        en: `${origin}/resources/the-law`,
        es: `${origin}/es/resources/the-law`,
        "x-default": `${origin}/resources/the-law`,
      },
    };
    expect(entries.filter((entry) => entry.url.endsWith("/resources/the-law"))).toEqual([
      { url: `${origin}/resources/the-law`, lastModified: "2026-12-02", alternates: group },
      { url: `${origin}/es/resources/the-law`, lastModified: "2026-12-02", alternates: group },
    ]);
  });

  it("leaves out the pages search engines should not list (search, offline, 404)", async () => {
    const urls = (await listSitemapEntries()).map((entry) => entry.url);
    const indexed = listRoutes().filter((route) => route.indexed);
    expect(indexed.length).toBeLessThan(listRoutes().length);
    expect(urls).toHaveLength(indexed.length * 2);
    for (const slug of ["search", "offline", "not-found"]) {
      expect(urls).not.toContain(`${origin}/${slug}`);
      expect(urls).not.toContain(`${origin}/es/${slug}`);
    }
  });
});
