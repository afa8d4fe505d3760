import type { Locale } from "@/lib/i18n";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import matter from "gray-matter";
import { axeViolations, locales, toPath } from "./site";

/** A word each language's guide uses (its word for "complaint"), typed the way a reader might. */
const QUERIES: Record<string, string> = {
  en: "complaint",
  es: "queja",
  "zh-hans": "投诉",
  "zh-hant": "投訴",
  pa: "ਸ਼ਿਕਾਇਤ",
  hmn: "tsis txaus siab",
  ru: "жалоб",
  tl: "reklamo",
  vi: "khieu nai",
  hi: "शिकायत",
  fa: "شکایت",
};

/** The result links on the page, checked to point into the same language. */
async function resultLinks(page: Page, locale: Locale): Promise<string[]> {
  const links = await page.locator(".results > li > a").evaluateAll((nodes) => nodes.map((a) => a.getAttribute("href") ?? ""));
  const prefix = toPath(locale, "");
  for (const href of links) {
    if (locale !== "en")
      expect(href === prefix || href.startsWith(`${prefix}/`) || href.startsWith(`${prefix}#`), href).toBe(true);
  }
  return links;
}

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    test(`the server answers ?q= with results in ${locale.code}`, async ({ page }) => {
      const query = QUERIES[locale.code]!;
      await page.goto(`${toPath(locale.code, "search")}?q=${encodeURIComponent(query)}`);
      await expect(page.locator("#q")).toHaveValue(query);
      const links = await resultLinks(page, locale.code);
      expect(links.length).toBeGreaterThan(2);
      expect(links.some((href) => href.includes("#"))).toBe(true);
      await expect(page.locator(".results mark").first()).toBeVisible();
      // The first result opens on its section.
      await page.goto(links[0]!);
      const id = new URL(page.url()).hash.slice(1);
      if (id) await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    });
  }

  test("the header's search box is a plain form that reaches the search page", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto("/how-to");
    await page.getByRole("search").getByRole("searchbox").fill("lawyer");
    await page.getByRole("search").getByRole("searchbox").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=lawyer$/);
    expect(await resultLinks(page, "en")).not.toEqual([]);
  });

  test("no result: says so, and points to the FAQ, the how-to and the directory", async ({ page }) => {
    await page.goto("/es/search?q=zzqqxx");
    await expect(page.locator(".search-status")).toContainText("zzqqxx");
    await expect(page.locator(".results")).toBeHidden();
    for (const href of ["/es/faq", "/es/how-to", "/es/resources"]) {
      await expect(page.locator(`main a[href="${href}"]`)).toBeVisible();
    }
  });

  test("what is typed is shown as text, never as markup", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror="document.title=1">')}`);
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.locator(".search-status")).toContainText("<img src=x");
  });
});

test.describe("search with JavaScript", () => {
  for (const locale of locales) {
    test(`results follow the typing in ${locale.code}, from that language's index only`, async ({ page, baseURL }) => {
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(toPath(locale.code, "search"));
      await page.waitForLoadState("networkidle");
      expect(requests.filter((url) => url.includes("search-index"))).toEqual([]);
      const query = QUERIES[locale.code]!;
      await page.locator("#q").fill(query);
      await expect(page.locator(".results > li").nth(2)).toBeVisible();
      await resultLinks(page, locale.code);
      const index = `${baseURL}${toPath(locale.code, "search-index.json")}`;
      expect(requests.filter((url) => url.includes("search-index"))).toEqual([index]);
      // Nothing typed is sent anywhere or written into the address.
      const typed = [query, encodeURIComponent(query), "q="];
      expect(requests.filter((url) => typed.some((part) => url.includes(part)))).toEqual([]);
      expect(page.url()).toBe(`${baseURL}${toPath(locale.code, "search")}`);
    });
  }

  test("the header's search box hands the query to the search page without sending it", async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto("/faq");
    await page.getByRole("search").getByRole("searchbox").fill("deadline");
    await page.getByRole("search").getByRole("searchbox").press("Enter");
    await expect(page.locator(".results > li").first()).toBeVisible();
    await expect(page.locator("#q")).toHaveValue("deadline");
    expect(requests.filter((url) => url.includes("deadline"))).toEqual([]);
    expect(page.url()).toBe(`${baseURL}/search`);
  });

  test("a result that is English text in a translated page (<InEnglish>) is marked as English", async ({ browser }) => {
    // The guide has no such text today: this language's index is given one entry of each kind
    // (with the service worker off, so the index request is the page's own).
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.route("**/fa/search-index.json", (route) =>
      route.fulfill({
        json: [
          { url: "/fa/faq#a", title: "پرسش", section: "پرسش‌ها", text: "پاسخ درباره شکایت" },
          { url: "/fa/faq#b", title: "A new question", section: "پرسش‌ها", text: "The answer, شکایت", inEnglish: true },
        ],
      }),
    );
    await page.goto(toPath("fa", "search"));
    await page.locator("#q").fill("شکایت");
    await expect(page.locator(".results > li")).toHaveCount(2);
    const english = page.locator('.results > li:has(a[href="/fa/faq#b"])');
    await expect(english.locator("a")).toHaveAttribute("lang", "en");
    await expect(english.locator("a")).toHaveAttribute("dir", "ltr");
    await expect(english.locator("p").last()).toHaveAttribute("lang", "en");
    await expect(page.locator('.results a[href="/fa/faq#a"]')).not.toHaveAttribute("lang", /./);
    await context.close();
  });

  test("on a phone the header has a link to the search page instead of the box", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/es/faq");
    await expect(page.getByRole("search")).toBeHidden();
    await page.locator("header a.search-link").click();
    await expect(page).toHaveURL(/\/es\/search$/);
    await expect(page.locator("#q")).toBeVisible();
  });

  test("the search page and the card have no accessibility violations", async ({ page }) => {
    await page.goto("/search");
    await page.locator("#q").fill("police");
    await expect(page.locator(".results > li").first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto("/fa/card");
    expect(await axeViolations(page)).toEqual([]);
  });
});

/** Pages in a PDF that Chromium printed. */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test.describe("the pocket card", () => {
  for (const locale of locales) {
    test(`prints on one A4 page and on one Letter page in ${locale.code}`, async ({ page }) => {
      await page.goto(toPath(locale.code, "card"));
      for (const format of ["A4", "Letter"] as const) {
        expect(pageCount(await page.pdf({ format })), format).toBe(1);
      }
    });
  }

  test("a long page prints on several pages (the page count is real)", async ({ page }) => {
    await page.goto("/faq");
    expect(pageCount(await page.pdf({ format: "A4" }))).toBeGreaterThan(1);
  });

  test("has the how-to's steps, the checklist, the contacts and a QR code to the guide", async ({ page }) => {
    await page.goto("/es/card");
    const howTo = matter(fs.readFileSync(path.join(process.cwd(), "content/es/how-to.mdx"), "utf8")).content;
    const stepIds = [...howTo.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]);
    const links = await page
      .locator("section[aria-labelledby=steps] ol a")
      .evaluateAll((a) => a.map((n) => n.getAttribute("href")));
    expect(links).toEqual(stepIds.map((id) => `/es/how-to#${id}`));
    await expect(page.locator(".checklist li")).toHaveCount(8);
    for (const tel of ["tel:911", "tel:+19168087525", "tel:+19163820256", "tel:311"]) {
      await expect(page.locator(`.card-contacts a[href="${tel}"]`).first()).toBeVisible();
      await expect(page.locator(`.wallet a[href="${tel}"]`)).toBeVisible();
    }
    // The QR code leads to the guide's start page in this language, at the site's public address (SITE_URL).
    await expect(page.locator(".qr-block svg[role=img]")).toHaveAttribute("aria-label", /http:\/\/localhost:3000\/es$/);
  });

  test("the card keeps the guide's web address within a 320 px screen, even a long one", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ["/card", "/hmn/card", "/zh-hant/card"]) {
      await page.goto(path);
      // A deployment's address may be much longer than the test server's (SITE_URL).
      const replaced = await page.evaluate(() => {
        const addresses = [...document.querySelectorAll("main strong[dir=ltr]")].filter((element) =>
          element.textContent!.startsWith("localhost:3000"),
        );
        for (const element of addresses)
          element.textContent = element.textContent!.replace("localhost:3000", "sacramento-immigrant-protections.example.org");
        return addresses.length;
      });
      expect(replaced, path).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });

  test("the wallet card is 3.5 by 2 inches on paper, and fits a 360 px screen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/card");
    const screen = await page.locator(".wallet").boundingBox();
    expect(screen!.x + screen!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.emulateMedia({ media: "print" });
    const paper = await page.locator(".wallet").boundingBox();
    expect(Math.round(paper!.width)).toBe(336);
    expect(Math.round(paper!.height)).toBe(192);
  });
});
