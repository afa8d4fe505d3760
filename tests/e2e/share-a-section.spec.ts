import { expect, test } from "@playwright/test";

test("/faq#<id> opens on that question, at the top of a phone's screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/faq#is-there-a-deadline");
  const question = page.locator("#is-there-a-deadline");
  await expect(question).toHaveText("Is there a deadline to file a complaint?");
  await expect(question).toBeInViewport();
  // Still there once the page's script has started (it must not move the reader).
  await expect(page.locator("html")).toHaveAttribute("data-enhanced", "");
  const top = await question.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(100);
});

test("a shared link whose # a messaging app encoded, or typed in capitals, still opens that question", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/es/faq%23is-there-a-deadline");
  await expect(page).toHaveURL(/\/es\/faq#is-there-a-deadline$/);
  await expect(page.locator("#is-there-a-deadline")).toBeInViewport();

  const response = await page.goto("/FAQ?utm_source=flyer");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/faq\?utm_source=flyer$/);
  await page.goto("/ES/Resources/Free-Legal-Help");
  await expect(page).toHaveURL(/\/es\/resources\/free-legal-help$/);
  await expect(page.locator("h1")).toBeVisible();
});

test("a shared link that took the full stop or bracket of its sentence still opens that question", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/es/faq#is-there-a-deadline).");
  await expect(page).toHaveURL(/\/es\/faq#is-there-a-deadline$/);
  await expect(page.locator("#is-there-a-deadline")).toBeInViewport();
  // The mended address replaced the mangled one: Back leaves the page.
  expect(await page.evaluate(() => history.length)).toBe(2);

  const response = await page.goto("/how-to.");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/how-to$/);
});

test("every heading, question and step has a visible link to itself that works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/faq", "/how-to", "/violations"]) {
    await page.goto(path);
    const ids = await page.locator("main :is(h2, h3)[id]").evaluateAll((nodes) => nodes.map((n) => n.id));
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids.filter((id) => id !== "sources" && id !== "on-this-page")) {
      await expect(page.locator(`a[href="#${id}"]`).first(), `${path}#${id}`).toBeVisible();
    }
  }
  await page.goto("/how-to");
  await page.locator('a[href="#ask-for-review"]').first().click();
  await expect(page).toHaveURL(/\/how-to#ask-for-review$/);
  await expect(page.locator("#ask-for-review")).toBeInViewport();
  await context.close();
});

test("the copy-link button copies the full URL and announces it", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto("/faq");
  const button = page.locator("div", { has: page.locator("#free-legal-help") }).getByRole("button", { name: "Copy link" });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator("#announcer")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/faq#free-legal-help`);
  await context.close();
});

test("without JavaScript no copy button is offered (it could not work)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/faq");
  await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  await context.close();
});

test("on a phone with a share sheet, the button shares the section's full URL", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    navigator.share = async (data?: ShareData) => {
      shared.push(data ?? {});
    };
  });
  await page.goto("/how-to");
  const button = page.locator("div", { has: page.locator("#report-it") }).getByRole("button", { name: "Share" });
  await expect(button).toBeVisible();
  await button.click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toEqual([{ title: await page.title(), url: `${baseURL}/how-to#report-it` }]);
});

test("a section link previews as its page: the shared URL's page has OpenGraph tags", async ({ request }) => {
  const html = await (await request.get("/faq")).text();
  expect(html).toContain('<meta property="og:title" content="Frequently asked questions · Sacramento Immigrant Protections"/>');
  expect(html).toMatch(/<meta property="og:description" content="Short answers/);
  expect(html).toContain('<meta property="og:url" content="http://localhost:3000/faq"/>');
  expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  expect(html).toMatch(/<meta property="og:image" content="http:\/\/localhost:3000\/en\/faq\/opengraph-image\?[0-9a-f]+"\/>/);
});
