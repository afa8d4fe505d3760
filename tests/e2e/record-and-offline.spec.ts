import { expect, test } from "@playwright/test";
import { blockStorage, listPages } from "./site";

const FIELDS = ["date", "time", "place", "agency", "officers", "badges", "vehicles", "said", "written", "witnesses", "notes"];

test.describe("the incident record", () => {
  test("without JavaScript it is a blank worksheet with every field, and nothing to submit", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/es/record");
    for (const key of FIELDS) await expect(page.locator(`#record-${key}`)).toBeVisible();
    await expect(page.locator("main form")).toHaveCount(0);
    await expect(page.locator(".record-actions")).toBeHidden();
    await expect(page.locator(".no-js-only")).toBeVisible();
    await context.close();
  });

  test("what is typed never leaves the device: download, copy, keep and delete all work locally", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    const sent: string[] = [];
    page.on("request", (request) => sent.push(`${request.url()} ${request.postData() ?? ""}`));
    await page.goto("/record");
    await expect(page.locator(".record-actions")).toBeVisible();
    const typed = (key: string) => `zq-${key}-marker`;
    for (const key of FIELDS.filter((k) => k !== "date" && k !== "time")) {
      await page.locator(`#record-${key}`).fill(typed(key));
      await page.locator(`#record-${key}`).press("Enter");
    }
    await page.locator("#record-date").fill("2026-11-20");

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download as a text file" }).click();
    const file = await (await downloading).path();
    const text = (await import("node:fs")).readFileSync(file, "utf8");
    for (const key of ["place", "badges", "vehicles", "witnesses"]) expect(text).toContain(typed(key));
    expect(text).toContain("2026-11-20");

    await page.getByRole("button", { name: "Copy the text" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(typed("said"));

    // Not kept unless asked.
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    await page.getByRole("button", { name: "Keep on this phone" }).click();
    await page.reload();
    await expect(page.locator("#record-place")).toHaveValue(typed("place"));
    await page.getByRole("button", { name: "Delete from this phone" }).click();
    await expect(page.locator("#record-place")).toHaveValue("");
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);

    expect(sent.filter((line) => line.includes("zq-"))).toEqual([]);
    expect(page.url()).toBe(`${baseURL}/record`);
    await context.close();
  });

  test("where the browser blocks storage, download and copy still work and keeping is not offered", async ({ browser }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await blockStorage(page);
    await page.goto("/record");
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-enhanced"));
    await page.locator("#record-place").fill("zq-place-marker");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download as a text file" }).click();
    const file = await (await downloading).path();
    expect((await import("node:fs")).readFileSync(file, "utf8")).toContain("zq-place-marker");
    await page.getByRole("button", { name: "Copy the text" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("zq-place-marker");
    await expect(page.getByRole("button", { name: "Keep on this phone" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Delete from this phone" })).toBeHidden();
    await context.close();
  });

  test("is linked from the pocket card", async ({ page }) => {
    await page.goto("/vi/card");
    await expect(page.locator('main a[href="/vi/record"]')).toBeVisible();
  });
});

test.describe("the guide without signal", () => {
  test("after one visit, the guide in that language opens offline; other pages get the offline page", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/es/");
    await expect(page.locator("#offline-note")).toBeVisible({ timeout: 30_000 });
    const version = (await (await page.request.get("/sw.js")).text()).match(/"version":"([^"]+)"/)![1];
    expect(await page.evaluate(() => caches.keys())).toEqual([`guide-${version}`]);

    await context.setOffline(true);
    const pages = listPages("es");
    const kept = pages.filter((page) => page.offline);
    // The guide: every section, the directory and its groups, the card and the record.
    expect(kept.map((page) => page.kind)).toEqual(expect.arrayContaining(["content", "group", "card", "record"]));
    for (const { path } of [...kept, { path: "/es/search" }]) {
      const response = await page.goto(path);
      expect(response?.ok(), path).toBe(true);
      await expect(page.locator("h1"), path).toHaveCount(1);
    }
    // Search still works offline: the index is kept, and the query stays on the device.
    await page.locator("#q").fill("queja");
    await expect(page.locator(".results > li").first()).toBeVisible();
    // A page that was never saved (another language, the statements about the site, an unknown
    // address) gets the offline page, which lists what is saved.
    const readOnline = pages.filter((page) => !page.offline).map((page) => page.path);
    expect([...readOnline].sort()).toEqual(["/es/accessibility", "/es/privacy"]);
    for (const path of ["/vi/faq", ...readOnline, "/es/no-such-page"]) {
      await page.goto(path);
      await expect(page.locator("h1"), path).toBeVisible();
      await expect(page.locator('main a[href="/es/faq"]'), path).toBeVisible();
      await expect(page.locator('main a[href="/es/privacy"]'), path).toHaveCount(0);
    }
    await context.close();
  });

  test("leaving quickly also removes the offline copy", async ({ browser }) => {
    const context = await browser.newContext();
    await context.route("https://weather.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Weather</title>" }),
    );
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("#offline-note")).toBeVisible({ timeout: 30_000 });
    await page.locator('a[data-module="quick-exit"]').click();
    await expect(page).toHaveURL("https://weather.com/");
    // Look from a page of this site that runs none of its scripts, so nothing registers again.
    const check = await context.newPage();
    await check.goto("/robots.txt");
    expect(await check.evaluate(() => caches.keys())).toEqual([]);
    expect(await check.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await context.close();
  });
});
