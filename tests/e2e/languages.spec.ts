import { expect, test } from "@playwright/test";
import { axeViolations, listPages, locales, toPath } from "./site";

const english = listPages("en");

/** The `<link rel="alternate" hreflang>` set of an HTML document: hreflang → path. */
function alternatesOf(html: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<link[^>]+rel="alternate"[^>]*>/g)) {
    const lang = tag.match(/hrefLang="([^"]+)"/i)?.[1];
    const href = tag.match(/href="([^"]+)"/)?.[1];
    if (lang && href) found[lang] = new URL(href).pathname;
  }
  return found;
}

for (const locale of locales) {
  test(`${locale.code}: every page answers 200 in ${locale.nativeName}, with its own lang, dir, title and links to every language`, async ({
    request,
  }) => {
    const expectedAlternates = (slug: string) => ({
      ...Object.fromEntries(locales.map((other) => [other.tag, toPath(other.code, slug)])),
      "x-default": toPath("en", slug),
    });
    for (const page of listPages(locale.code)) {
      const response = await request.get(page.path);
      expect(response.status(), page.path).toBe(200);
      const html = await response.text();
      expect(html, page.path).toMatch(new RegExp(`<html lang="${locale.tag}" dir="${locale.dir}"`));
      const h1 = html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1];
      expect(h1, page.path).toBe(page.title.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;"));
      if (locale.code !== "en")
        expect(h1, `${page.path} is translated`).not.toBe(english.find((e) => e.slug === page.slug)?.title);
      // The language picker links to this same page in every language, each marked with its language.
      const picker = [...html.matchAll(/<a href="([^"]+)" lang="([^"]+)" hrefLang="([^"]+)"/g)].map((m) => [m[3], m[1]]);
      expect(Object.fromEntries(picker), page.path).toEqual(
        Object.fromEntries(locales.map((other) => [other.tag, toPath(other.code, page.slug)])),
      );
      // hreflang alternates: every language plus x-default, the same set on every version (reciprocal).
      expect(alternatesOf(html), page.path).toEqual(expectedAlternates(page.slug));
      expect(html, page.path).toContain(
        `<link rel="canonical" href="http://localhost:3000${page.path === "/" ? "" : page.path}"`,
      );
    }
  });
}

test("a translated page says it is a translation, links to the English page and says how to ask for language help", async ({
  page,
}) => {
  await page.goto("/es/faq");
  const notice = page.locator("aside.translation");
  await expect(notice).toContainText("Esta página es una traducción de la página en inglés.");
  await expect(notice.getByRole("link", { name: /inglés/i })).toHaveAttribute("href", "/faq");
  await expect(notice.getByRole("link", { name: "languageaccess@cityofsacramento.org" })).toHaveAttribute(
    "href",
    "mailto:languageaccess@cityofsacramento.org",
  );
  await page.goto("/faq");
  await expect(page.locator("aside.translation")).toHaveCount(0);
});

test("switching language keeps the #section (with JavaScript)", async ({ page }) => {
  await page.goto("/es/faq#is-there-a-deadline");
  await page.locator("details.langs summary").click();
  await page.locator('details.langs a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/faq#is-there-a-deadline$/);
  await expect(page.locator("#is-there-a-deadline")).toBeInViewport();
  await page.locator("details.langs summary").click();
  await page.locator('details.langs a[hreflang="zh-Hant"]').click();
  await expect(page).toHaveURL(/\/zh-hant\/faq#is-there-a-deadline$/);
});

test("the language picker works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/how-to");
  await page.locator("details.langs summary").click();
  const persian = page.locator('details.langs a[hreflang="fa"]');
  await expect(persian).toHaveText("فارسی");
  await expect(persian).toHaveAttribute("lang", "fa");
  await persian.click();
  await expect(page).toHaveURL(/\/fa\/how-to$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await context.close();
});

test("Persian pages lay out right to left without sideways scrolling at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/fa", "/fa/faq", "/fa/how-to", "/fa/resources", "/fa/resources/report-police-conduct"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    // Mirrored: the page title starts at the right edge.
    const box = await page.locator("h1").boundingBox();
    expect(360 - (box!.x + box!.width), path).toBeLessThan(24);
  }
  // Step numbers sit on the right in right-to-left text.
  await page.goto("/fa/how-to");
  const step = page.locator(".step").first();
  const stepBox = await step.boundingBox();
  const number = await step.evaluate((el) => {
    const style = getComputedStyle(el, "::before");
    return { right: style.right, left: style.left, insetInlineStart: style.insetInlineStart };
  });
  expect(stepBox).not.toBeNull();
  expect(number.right).toBe("0px");
});

for (const locale of locales.filter((l) => l.code !== "en")) {
  test(`${locale.code}: the FAQ has no WCAG 2.2 AA violations (axe)`, async ({ page }) => {
    await page.goto(toPath(locale.code, "faq"));
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("an unknown URL's 404 page speaks the URL's language and points to every language's start page", async ({ page }) => {
  const response = await page.goto("/es/no-existe");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator("h1")).toHaveText("No se encontró la página");
  for (const locale of locales.filter((l) => l.code !== "es")) {
    await expect(page.locator(`li[lang="${locale.tag}"]`).getByRole("link")).toHaveAttribute("href", toPath(locale.code, ""));
  }
});
