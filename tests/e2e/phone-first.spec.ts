import { expect, test, type Page } from "@playwright/test";
import { listPages, locales, toPath, SLUGS } from "./site";

/** Every page of every language, at a phone's 360 x 740 (and, for reflow, 320 px wide). */

/** Header height, whether the h1 is fully on the first screen, and how far the page scrolls sideways. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector("header")!.getBoundingClientRect();
    const h1 = document.querySelector("h1")!.getBoundingClientRect();
    const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    return { header: Math.round(header.height), h1Bottom: Math.round(h1.bottom), screen: window.innerHeight, sideways };
  });
}

/**
 * Links and buttons that stand on their own (not inside a sentence), and how big they are.
 * A link inside a paragraph with other words around it is inside a sentence (WCAG's inline exception).
 */
async function targets(page: Page) {
  return page.evaluate(() => {
    const found: { what: string; width: number; height: number; primary: boolean }[] = [];
    for (const element of document.querySelectorAll<HTMLElement>("a[href], button, summary")) {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // The skip link is clipped to nothing until it has focus (then it is a full-width bar).
      if (
        box.width === 0 ||
        style.visibility === "hidden" ||
        element.closest("[hidden], .sr-only") ||
        element.matches(".skip-link")
      )
        continue;
      const parent = element.parentElement!;
      const parentText = (parent.textContent ?? "").replace(/\s+/g, " ").trim();
      const ownText = (element.textContent ?? "").replace(/\s+/g, " ").trim();
      const inSentence =
        parent.matches("p, dd, td, em, strong, span") &&
        parentText.length > ownText.length + 2 &&
        !element.matches(".tap-target, .self-link, .copy");
      if (inSentence) continue;
      const primary = element.matches("#site-nav a, button, .quick-exit");
      found.push({
        what: `${element.tagName.toLowerCase()} "${ownText.slice(0, 30)}" ${element.className}`,
        width: Math.round(box.width),
        height: Math.round(box.height),
        primary,
      });
    }
    return found;
  });
}

for (const locale of locales) {
  const pages = listPages(locale.code, { all: true });

  // At 360 px with and without JavaScript; nothing scrolls sideways at 320 px either, the width WCAG's reflow criterion (1.4.10) names.
  test(`${locale.code}: the page title is on the first screen and the header is at most 200 px, with and without JavaScript; nothing scrolls sideways at 360 or 320 px`, async ({
    browser,
  }) => {
    for (const [javaScriptEnabled, width] of [
      [true, 360],
      [false, 360],
      [false, 320],
    ] as const) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 740 } });
      const page = await context.newPage();
      for (const { path } of pages) {
        await page.goto(path);
        const screen = await firstScreen(page);
        const where = `${path} (${width} px, JavaScript ${javaScriptEnabled ? "on" : "off"})`;
        expect(screen.sideways, `${where}: sideways scrolling`).toBe(0);
        if (width !== 360) continue;
        expect(screen.header, `${where}: header height`).toBeLessThanOrEqual(200);
        expect(screen.h1Bottom, `${where}: h1 bottom`).toBeLessThanOrEqual(screen.screen);
      }
      await context.close();
    }
  });

  // A reader who has set large text on the phone: every font size doubled, as WCAG's resize-text criterion (1.4.4) asks.
  test(`${locale.code}: with text at 200%, nothing scrolls sideways at 360 px`, async ({ browser }) => {
    // The test's own stylesheet sets the size, so the page's Content-Security-Policy is set aside for it.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const { path } of pages) {
      await page.goto(path);
      await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
      const sizes = await page.evaluate(() => ({
        text: parseFloat(getComputedStyle(document.querySelector("main p")!).fontSize),
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(sizes.text, `${path}: text size`).toBeGreaterThanOrEqual(32);
      expect(sizes.sideways, `${path}: sideways scrolling at 200% text`).toBe(0);
    }
    await context.close();
  });

  test(`${locale.code}: every link and button that is not in a sentence is at least 24 x 24 px; navigation and buttons 44 px tall`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const small: string[] = [];
    for (const { path } of pages) {
      await page.goto(path);
      for (const target of await targets(page)) {
        if (target.width < 24 || target.height < 24) small.push(`${path}: ${target.what} is ${target.width} x ${target.height}`);
        if (target.primary && target.height < 44) small.push(`${path}: ${target.what} is ${target.height} px tall`);
      }
    }
    expect(small).toEqual([]);
  });

  test(`${locale.code}: every heading with an id has a link to itself`, async ({ request }) => {
    for (const { path } of pages) {
      const html = await (await request.get(path)).text();
      for (const [, id] of html.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)) {
        if (id === "page-title") continue;
        expect(html, `${path}: #${id}`).toContain(`href="#${id}"`);
      }
    }
  });

  test(`${locale.code}: a link to the record's actions lands in view`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${toPath(locale.code, SLUGS.record)}#record-actions`);
    await expect(page.locator("#record-actions")).toBeInViewport();
  });
}
