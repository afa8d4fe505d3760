import { expect, test } from "@playwright/test";
import { listPages, locales } from "./site";

const ORIGIN = "http://localhost:3000";

test("the sitemap lists exactly the pages that exist, in every language, with alternates", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "").sort();
  const expected = locales.flatMap((locale) => listPages(locale.code).map((page) => `${ORIGIN}${page.path}`));
  expect(listed).toEqual(expected.sort());
  expect(xml).toContain('hreflang="fa"');
  expect(xml).toMatch(/<lastmod>2026-11-28/);
  for (const url of listed.slice(0, 20)) {
    expect((await request.get(new URL(url).pathname)).status(), url).toBe(200);
  }
});

test("robots.txt allows crawling and points to the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("Allow: /");
  expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
});

test("every page has a unique title, a description and a canonical URL of its own", async ({ request }) => {
  const titles = new Set<string>();
  for (const locale of locales) {
    for (const page of listPages(locale.code)) {
      const html = await (await request.get(page.path)).text();
      const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? "";
      expect(title, page.path).toContain(" · ");
      expect(titles.has(title), `${page.path}: ${title}`).toBe(false);
      titles.add(title);
      expect(html, page.path).toMatch(/<meta name="description" content="[^"]{20,}"\/>/);
    }
  }
});

test("the web app manifest and icon are served", async ({ request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.theme_color).toBe("#12385a");
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
