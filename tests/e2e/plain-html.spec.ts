import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { listPages, locales } from "./site";

/**
 * Every page is plain HTML: no framework runtime, no React payload, no inline
 * script but JSON-LD data. The site's own small modules load from /assets/ and
 * only add to a page that already works without them.
 */

for (const locale of locales) {
  const pages = listPages(locale.code, { all: true });

  test(`${locale.code}: every page is plain HTML with only the site's own scripts`, async ({ request }) => {
    const loaded = new Set<string>();
    for (const page of pages) {
      const response = await request.get(page.path);
      const html = await response.text();
      expect(html, page.path).not.toContain("/_next/");
      expect(html, page.path).not.toContain("self.__next_f");
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
      for (const attributes of scripts) {
        const src = attributes.match(/\ssrc="([^"]+)"/)?.[1];
        if (src) {
          expect(src, page.path).toMatch(/^\/assets\/[a-z]+\.[0-9a-f]{12}\.js$/);
          expect(attributes, `${page.path}: ${src}`).toContain('type="module"');
          loaded.add(src);
        } else {
          expect(attributes, `${page.path}: an inline script`).toContain('type="application/ld+json"');
        }
      }
      expect(
        scripts.some((attributes) => attributes.includes("src=")),
        `${page.path} has the site's script`,
      ).toBe(true);
      expect(html, page.path).toMatch(/<link rel="stylesheet" href="\/assets\/site\.[0-9a-f]{12}\.css"\/>/);
    }
    for (const src of loaded) {
      const script = await request.get(src);
      expect(script.status(), src).toBe(200);
      expect(script.headers()["content-type"], src).toContain("text/javascript");
    }
  });

  test(`${locale.code}: with JavaScript every page starts its modules, and the browser reports no CSP violation`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    for (const { path } of pages) {
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("data-enhanced", "");
      const started = await page
        .locator("[data-module]")
        .evaluateAll((elements) =>
          elements
            .filter((element) => (element as HTMLElement).dataset.started === undefined)
            .map((element) => (element as HTMLElement).dataset.module),
        );
      expect(started, `${path}: modules that did not start`).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
    }
  });

  test(`${locale.code}: without JavaScript every page reads and navigates`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { path } of pages) {
      await page.goto(path);
      await expect(page.locator("h1"), path).toBeVisible();
      await expect(page.locator("html"), path).not.toHaveAttribute("data-enhanced", "");
      const links = page.locator("#site-nav a");
      expect(await links.count(), path).toBeGreaterThan(3);
      await expect(links.first(), path).toBeVisible();
    }
    // Navigating is following plain links: the first section link leads to a page of its own.
    await page.goto(pages[0]!.path);
    await page.locator("#site-nav a").nth(1).click();
    await expect(page.locator("h1")).toBeVisible();
    expect(new URL(page.url()).pathname).not.toBe(pages[0]!.path);
    await context.close();
  });
}

test("the Content-Security-Policy allows no inline script or style", async ({ request }) => {
  for (const path of ["/", "/es/faq", "/search?q=x", "/no-such-page"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"]!;
    const directive = (name: string) =>
      csp
        .split(";")
        .map((part) => part.trim())
        .find((part) => part.startsWith(`${name} `));
    expect(directive("script-src"), path).toBe("script-src 'self'");
    expect(directive("style-src"), path).toBe("style-src 'self'");
  }
});

test("a browser that has a page revalidates it with 304 Not Modified; the site's files are cached for a year", async ({
  request,
}) => {
  const first = await request.get("/es/faq");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[^"]+"$/);
  const again = await request.get("/es/faq", { headers: { "If-None-Match": etag! } });
  expect(again.status()).toBe(304);
  expect(await again.text()).toBe("");
  const changed = await request.get("/es/faq", { headers: { "If-None-Match": '"an-older-build"' } });
  expect(changed.status()).toBe(200);
  expect((await changed.text()).length).toBeGreaterThan(1000);
  const css = (await first.text()).match(/href="(\/assets\/site\.[0-9a-f]+\.css)"/)![1]!;
  expect((await request.get(css)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("the build leaves no page that loads the framework's client runtime, its own error documents included", async () => {
  // `npm run build` replaces the error documents `next build` writes (scripts/plain-error-pages.mjs).
  const built = fs
    .readdirSync(".next/server", { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|body)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  expect(built.length).toBeGreaterThan(100);
  expect(built.filter((file) => /\/_next\/static\/chunks\/|self\.__next_f/.test(fs.readFileSync(file, "utf8")))).toEqual([]);
  for (const file of [".next/server/app/_not-found.html", ".next/server/pages/404.html"]) {
    expect(fs.readFileSync(file, "utf8"), file).toContain('<h1 id="page-title">Page not found</h1>');
  }
  for (const file of [".next/server/app/_global-error.html", ".next/server/pages/500.html"]) {
    expect(fs.readFileSync(file, "utf8"), file).toContain('<h1 id="page-title">Something went wrong</h1>');
  }
});

test("the search route, rendered on request, takes only its content and packages into the server's files, not the whole project", () => {
  // Next.js copies what a route's trace lists into the standalone server (the container); a file read by a
  // path it cannot work out at build time makes it list every file of the project.
  const trace = path.join(".next/server/app/[locale]/search/route.js.nft.json");
  const files: string[] = JSON.parse(fs.readFileSync(trace, "utf8")).files;
  const fromProject = files.map((file) => path.relative(process.cwd(), path.resolve(path.dirname(trace), file)));
  expect(fromProject.filter((file) => file.startsWith("content/")).length).toBeGreaterThan(0);
  // app/globals.css: the stylesheet's source, named by lib/build-assets.mjs, which the route shares with the assets route.
  expect(fromProject.filter((file) => !/^(content|node_modules|\.next)\//.test(file))).toEqual(["app/globals.css"]);
});
