import { expect, test } from "@playwright/test";
import { axeViolations, listPages, listPaths } from "./site";

const paths = listPaths();
/** Content pages and the directory's group pages. */
const allPaths = listPages("en").map((page) => page.path);

test("the content folder gives the routes the guide promises", () => {
  expect(paths.sort()).toEqual(["/", "/faq", "/how-to", "/penalties", "/resources", "/scope", "/violations"]);
  expect(allPaths).toEqual(expect.arrayContaining(["/privacy", "/accessibility", "/card", "/record"]));
});

for (const path of allPaths) {
  test.describe(`page ${path}`, () => {
    test("answers 200 with one h1, the site navigation and a last-reviewed date", async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toContainText("last reviewed on");
      await expect(page.getByRole("contentinfo")).toContainText("not legal advice");
    });

    test("has no WCAG 2.2 AA violations (axe)", async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });

    test("fits 360 px without sideways scrolling, with text of 16 px or more", async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const small = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode;
          const element = node.parentElement;
          if (!element || !node.textContent?.trim()) continue;
          const style = getComputedStyle(element);
          const rect = element.getBoundingClientRect();
          const visible = style.visibility !== "hidden" && rect.width > 1 && rect.height > 1;
          if (visible && parseFloat(style.fontSize) < 16)
            found.push(`${element.tagName}: ${node.textContent.trim().slice(0, 40)}`);
        }
        return found;
      });
      expect(small).toEqual([]);
    });

    test("shows its content and navigation without JavaScript", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator("main p").first()).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Sections" });
      await expect(nav.getByRole("link")).toHaveCount(paths.length);
      for (const link of await nav.getByRole("link").all()) await expect(link).toBeVisible();
      await context.close();
    });
  });
}

test("every section is reachable from the home page", async ({ page }) => {
  await page.goto("/");
  const hrefs = await page
    .locator("main a[href^='/'], nav a[href^='/']")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  for (const path of paths) expect(hrefs, path).toContain(path);
});

test("sections link to each other with breadcrumbs and previous/next links", async ({ page }) => {
  await page.goto("/penalties");
  await expect(page.getByRole("navigation", { name: "You are here" }).getByRole("link", { name: "Home" })).toHaveAttribute(
    "href",
    "/",
  );
  const pager = page.getByRole("navigation", { name: "Previous and next section" });
  await expect(pager.locator("a[rel=prev]")).toHaveAttribute("href", "/scope");
  await expect(pager.locator("a[rel=next]")).toHaveAttribute("href", "/violations");
});

test("citations link to the Sources list, which links to the official page", async ({ page }) => {
  await page.goto("/scope");
  const cite = page.locator("main a[href^='#source-']").first();
  const target = (await cite.getAttribute("href"))!;
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  const source = page.locator(target);
  await expect(source).toBeInViewport();
  await expect(source.getByRole("link")).toHaveAttribute("href", /^https:\/\//);
});

test("the directory groups offices by need and answers /resources#<key>", async ({ page }) => {
  await page.goto("/resources#opsa");
  await expect(page.locator("#opsa")).toBeInViewport();
  await expect(page.locator("#opsa")).toContainText("Office of Public Safety Accountability");
  await expect(page.locator("#opsa").getByRole("link", { name: "(916) 808-7525" })).toHaveAttribute("href", "tel:+19168087525");
  for (const group of [
    "Report police conduct",
    "Report a City code problem",
    "City policy",
    "Free legal help",
    "Emergencies",
    "The law",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: group })).toBeVisible();
  }
  // The three offices other guides name are findable, including the one that does not exist.
  await expect(page.locator("#offices-named-elsewhere")).toBeVisible();
  await expect(page.locator("#civil-rights-equity-office")).toContainText("Civil Rights and Equity");

  // Each entry's name leads to its group's page, where the entry is in full.
  await page.locator("#civil-rights-equity-office a").click();
  await expect(page).toHaveURL(/\/resources\/city-policy#civil-rights-equity-office$/);
  const entry = page.locator("article", { has: page.locator("#civil-rights-equity-office") });
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText("no office with that name");
  await expect(entry).toContainText("No official page found");
});

test("in forced-colours mode (Windows High Contrast) the icons of icon-only controls are drawn in the control's own colour", async ({
  page,
}) => {
  for (const colorScheme of ["dark", "light"] as const) {
    await page.emulateMedia({ forcedColors: "active", colorScheme });
    await page.goto("/resources/report-police-conduct");
    const icons = await page.evaluate(() =>
      [
        [".self-link", "::before"],
        [".copy", "::before"],
        [".tel", "::before"],
        [".ext", "::after"],
        [".langs summary", "::before"],
      ].map(([selector, pseudo]) => {
        const control = document.querySelector(selector!)!;
        // The control's text colour is the high-contrast theme's; left alone, the icon would take the background's.
        return {
          selector,
          inControlColour: getComputedStyle(control, pseudo).backgroundColor === getComputedStyle(control).color,
        };
      }),
    );
    expect(icons, colorScheme).toEqual(icons.map(({ selector }) => ({ selector, inControlColour: true })));
  }
});
