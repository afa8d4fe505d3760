import { expect, test } from "@playwright/test";
import { listPages, locales } from "./site";

/** Readers see when each source's official page was last checked (content/source-checks.json). */
for (const locale of locales) {
  test(`${locale.code}: every directory entry and every source with a web page says when it was checked`, async ({ page }) => {
    for (const { path } of listPages(locale.code).filter((p) => p.kind === "group" || p.slug === "faq")) {
      await page.goto(path);
      const items = page.locator("article.entry:has(a.ext), .sources li:has(a[href^='http'])");
      const count = await items.count();
      expect(count, path).toBeGreaterThan(0);
      for (let i = 0; i < count; i += 1) {
        await expect(items.nth(i).locator(".checked"), `${path}: item ${i + 1}`).toHaveText(/\p{Nd}/u);
      }
    }
  });
}

test("a check of a saved copy is never presented as a live check", async ({ page }) => {
  await page.goto("/resources/report-police-conduct");
  await expect(page.locator("#opsa").locator("xpath=ancestor::article").locator(".checked")).toHaveText(
    /^Checked \w+ \d+, 2026 against a saved copy of the page$/,
  );
});
