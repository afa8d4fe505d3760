import { expect, test } from "@playwright/test";
import { axeViolations } from "./site";

for (const url of [
  "/no-such-page",
  "/faq/extra",
  "/resources/opsa",
  "/%E0%A4%A",
  "/en/nope",
  "/FAQS",
  "/404",
  "/500",
  "/_not-found",
  "/_global-error",
  "/_error",
  "/_next/static/chunks/missing.js",
  "/assets/missing.js",
]) {
  test(`${url} answers 404 with a helpful page`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("Page not found");
    // Our plain page, never the framework's own error page with its client runtime.
    expect(await response?.text()).not.toMatch(/__next_f|\/_next\/static\/chunks/);
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Start of the guide" })).toHaveAttribute("href", "/");
    await expect(main.getByRole("link", { name: "What to do and how to report" })).toHaveAttribute("href", "/how-to");
    await expect(main.getByRole("link", { name: "All offices and sources" })).toHaveAttribute("href", "/resources");
  });
}

test("the 404 page is accessible", async ({ page }) => {
  await page.goto("/no-such-page");
  expect(await axeViolations(page)).toEqual([]);
});

test("junk in a URL never causes a server error", async ({ request }) => {
  const junk = [
    "/%",
    "/%%",
    "/a%ZZ",
    "/faq?q=%",
    "/faq#%",
    "/..%2f..%2fetc%2fpasswd",
    "/<script>",
    "/faq?x=<script>alert(1)</script>",
    `/${"a".repeat(2000)}`,
    "/en",
    "/en/faq",
  ];
  for (const url of junk) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeLessThan(500);
  }
});
