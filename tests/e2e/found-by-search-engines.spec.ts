import { expect, test, type Page } from "@playwright/test";
import { listPages, locales, toPath } from "./site";

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

test("every page in every language has its own link-preview image, small and served as PNG", async ({ request }) => {
  const images = new Set<string>();
  for (const locale of locales) {
    for (const page of listPages(locale.code)) {
      const html = await (await request.get(page.path)).text();
      const url = html.match(/<meta property="og:image" content="([^"]+)"\/>/)?.[1];
      expect(url, page.path).toBeDefined();
      expect(html, page.path).toContain(`<meta name="twitter:image" content="${url}"/>`);
      expect(html, page.path).toContain('<meta name="twitter:card" content="summary_large_image"/>');
      expect(images.has(url!), url).toBe(false);
      images.add(url!);
      const image = await request.get(new URL(url!).pathname + new URL(url!).search, { maxRedirects: 0 });
      expect(image.status(), url).toBe(200);
      expect(image.headers()["content-type"], url).toBe("image/png");
      const bytes = await image.body();
      expect(bytes.subarray(1, 4).toString("latin1"), url).toBe("PNG");
      expect(bytes.length, url).toBeLessThan(100_000);
    }
  }
});

test("search results, rendered on request, name the build's public address like every other page", async ({ request }) => {
  for (const path of ["/search?q=ice", "/es/search?q=ice"]) {
    const html = await (await request.get(path)).text();
    const urls = [...html.matchAll(/<(?:link|meta) [^>]*(?:href|content)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length, path).toBeGreaterThan(10);
    for (const url of urls) expect(new URL(url).origin, `${path}: ${url}`).toBe(ORIGIN);
  }
});

test("the search page has a preview image and asks search engines not to index it", async ({ request }) => {
  for (const locale of locales) {
    const html = await (await request.get(toPath(locale.code, "search"))).text();
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>');
    const url = new URL(html.match(/<meta property="og:image" content="([^"]+)"\/>/)![1]!);
    const image = await request.get(url.pathname + url.search, { maxRedirects: 0 });
    expect(image.headers()["content-type"], url.pathname).toBe("image/png");
  }
});

test("the web app manifest and icon are served", async ({ request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.theme_color).toBe("#12385a");
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  // Every page asks for both: a day in the browser's cache means a next view asks for neither.
  expect(icon.headers()["cache-control"]).toMatch(/^public, max-age=86400\b/);
  expect((await request.get("/manifest.webmanifest")).headers()["cache-control"]).toMatch(/^public, max-age=86400\b/);
});

/** Every JSON-LD block on the page, parsed (a block that is not JSON fails the test). */
// JSON-LD is read as loosely typed data: the tests check its fields one by one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function structuredData(page: Page): Promise<Record<string, any>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block));
}

/**
 * For each element matching `selector`: the text of its heading (`title`), and
 * the visible text of the rest, without citation marks ("[1]"), spaces collapsed.
 */
function headedBlocks(page: Page, selector: string, heading: string) {
  return page.locator(selector).evaluateAll(
    (elements, heading) =>
      elements.map((element) => {
        const copy = element.cloneNode(true) as Element;
        // Citation marks, heading controls and the "not specified" label are interface, not content.
        for (const node of copy.querySelectorAll(".cite, .anchor-heading, .note-title")) node.remove();
        // Blocks are read apart: "…end.</p><p>Next…" is "…end. Next…".
        for (const node of copy.querySelectorAll("p, li, div, td, dd, dt")) node.append(" ");
        return {
          name: element.querySelector(heading)?.textContent?.trim(),
          text: (copy.textContent ?? "").replace(/\s+/g, " ").trim(),
        };
      }),
    heading,
  );
}

for (const locale of locales) {
  test(`structured data matches what the reader sees (${locale.code})`, async ({ page }) => {
    await page.goto(toPath(locale.code, ""));
    const [site] = await structuredData(page);
    expect(site).toMatchObject({ "@type": "WebSite", inLanguage: locale.tag, publisher: { "@type": "Organization" } });
    expect(site?.name).toBe(await page.locator(".site-name").first().innerText());

    await page.goto(toPath(locale.code, "faq"));
    const faq = (await structuredData(page)).find((data) => data["@type"] === "FAQPage");
    const questions = await headedBlocks(page, "section.faq", "h2");
    expect(questions.length).toBeGreaterThan(5);
    expect(faq?.mainEntity.map((q: { name: string }) => q.name)).toEqual(questions.map((q) => q.name));
    faq?.mainEntity.forEach((q: { acceptedAnswer: { text: string } }, i: number) => {
      expect(q.acceptedAnswer.text, questions[i]?.name).toBe(questions[i]?.text);
    });
    // It follows the last question, so compression finds its text again (README, Performance).
    const placement = await page.evaluate(() => {
      const script = [...document.querySelectorAll('script[type="application/ld+json"]')].find((node) =>
        node.textContent?.includes('"FAQPage"'),
      );
      const sections = [...document.querySelectorAll("main section.faq")];
      return { after: script?.previousElementSibling === sections.at(-1), inMain: !!script?.closest("main") };
    });
    expect(placement).toEqual({ after: true, inMain: true });

    await page.goto(toPath(locale.code, "how-to"));
    const howTo = (await structuredData(page)).find((data) => data["@type"] === "HowTo");
    const steps = await headedBlocks(page, "li.step", "h3");
    expect(steps.length).toBeGreaterThan(3);
    expect(howTo?.step.map((s: { name: string }) => s.name)).toEqual(steps.map((s) => s.name));
    howTo?.step.forEach((s: { text: string; url: string }, i: number) => {
      expect(s.text, steps[i]?.name).toBe(steps[i]?.text);
    });

    const crumbs = (await structuredData(page)).find((data) => data["@type"] === "BreadcrumbList");
    const trail = await page.locator(".crumbs li").allInnerTexts();
    expect(crumbs?.itemListElement.map((item: { name: string }) => item.name)).toEqual(trail.map((s) => s.trim()));
    expect(crumbs?.itemListElement.at(-1).item).toBe(`${ORIGIN}${toPath(locale.code, "how-to")}`);
  });
}
