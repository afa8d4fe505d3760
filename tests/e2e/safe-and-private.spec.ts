import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { blockStorage, listPages, locales, toPath } from "./site";

const SECURITY_HEADERS = [
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
];

for (const locale of locales) {
  test(`every page in ${locale.code} loads only from this site, sets no cookie and logs no error`, async ({
    page,
    baseURL,
    context,
  }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    const errors: string[] = [];
    const cookies: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.origin !== origin) elsewhere.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
    // Reading a header is asynchronous: keep each read, and wait for all of
    // them before the page closes, so none is left pending or lost.
    const headerReads: Promise<void>[] = [];
    page.on("response", (response) => {
      headerReads.push(
        response.headerValue("set-cookie").then(
          (setCookie) => void (setCookie && cookies.push(`${response.url()}: ${setCookie}`)),
          (error: Error) => void errors.push(`${response.url()}: ${error.message}`),
        ),
      );
    });
    const paths = [...listPages(locale.code).map((p) => p.path), toPath(locale.code, "search")];
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    // The search box fetches its index when used: that too stays on this site.
    const index = page.waitForResponse((response) => response.url().includes("search-index"));
    await page.locator("#q").fill("ab");
    expect((await index).ok()).toBe(true);
    await Promise.all(headerReads);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    expect(cookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe("");
  });
}

test("every kind of response carries the security headers", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
  for (const path of [
    "/",
    "/es/faq",
    "/search?q=x",
    "/card",
    "/no-such-page",
    "/sitemap.xml",
    "/robots.txt",
    "/search-index.json",
    "/faq/opengraph-image",
    "/icon.svg",
    script,
  ]) {
    const response = await request.get(path);
    for (const header of SECURITY_HEADERS) expect(response.headers()[header], `${path}: ${header}`).toBeTruthy();
    const csp = response.headers()["content-security-policy"]!;
    for (const rule of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp, path).toContain(rule);
    }
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp, path).not.toMatch(/https?:/);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
});

test("caching: pages briefly in shared caches, hashed files for a year, search results never", async ({ request }) => {
  const page = await request.get("/faq");
  expect(page.headers()["cache-control"]).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  const html = await page.text();
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
  expect((await request.get(script)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await request.get("/es/search?q=queja")).headers()["cache-control"]).toBe("private, no-store");
});

/** Sends one request line as written (a browser would never send it) and reads the status and Location. */
function rawStatus(port: string, requestLine: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), "127.0.0.1", () =>
      socket.write(`${requestLine}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
    );
    let data = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (data += chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const [statusLine = "", ...headers] = data.split("\r\n\r\n")[0]!.split("\r\n");
      const location = headers.find((header) => /^location:/i.test(header))?.replace(/^location:\s*/i, "");
      resolve({ status: Number(statusLine.split(" ")[1]), location });
    });
  });
}

test("junk never causes a server error, is never reflected as markup, and gets a proper 404 or 405", async ({
  request,
  baseURL,
}) => {
  const junk: { path: string; status: number }[] = [
    { path: "/%2e%2e/%2e%2e/etc/passwd", status: 404 },
    { path: "/..%2f..%2f..%2fetc%2fpasswd", status: 404 },
    { path: "/_next/static/..%2f..%2fpackage.json", status: 404 },
    { path: `/${"a".repeat(5000)}`, status: 404 },
    { path: "/<script>alert(1)</script>", status: 404 },
    { path: "/%3Cscript%3Ealert(1)%3C%2Fscript%3E", status: 404 },
    { path: "/%E0%A4%A", status: 404 },
    { path: "/%", status: 404 },
    { path: "/faq%zz", status: 404 },
    { path: "/xx/faq", status: 404 },
    { path: "/de", status: 404 },
    { path: "/zh/faq", status: 404 },
    { path: "/es/faq/extra", status: 404 },
    { path: "/faq?q=<script>alert(1)</script>", status: 200 },
    { path: "/search?q=<script>alert(1)</script>", status: 200 },
    { path: `/search?q=${"x".repeat(5000)}`, status: 200 },
    { path: "/search?q=%", status: 200 },
  ];
  for (const { path, status } of junk) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    const body = await response.text();
    expect(body, path).not.toContain("<script>alert(1)</script>");
  }
  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
    const response = await request.fetch("/faq", { method, maxRedirects: 0 });
    expect(response.status(), method).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD");
  }
  // Request targets a browser never sends, but a scanner or a proxy may (Next.js alone
  // answers `*` with 500, and redirects an absolute URL to its host).
  const { port } = new URL(baseURL!);
  expect(await rawStatus(port, "OPTIONS * HTTP/1.1")).toEqual({ status: 405, location: undefined });
  expect(await rawStatus(port, "GET * HTTP/1.1")).toEqual({ status: 400, location: undefined });
  expect(await rawStatus(port, "GET http://evil.example/faq HTTP/1.1")).toEqual({ status: 200, location: undefined });
  expect(await rawStatus(port, "GET http://evil.example/faq/ HTTP/1.1")).toEqual({ status: 308, location: "/faq" });
  // TRACE, on pages, search, files and unknown URLs alike (Next.js alone answers it 500).
  for (const path of ["/faq", "/es/search?q=x", "/icon.svg", "/no-such-page"]) {
    const response = await request.fetch(path, { method: "TRACE", maxRedirects: 0 });
    expect(response.status(), `TRACE ${path}`).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD");
    for (const header of SECURITY_HEADERS) expect(response.headers()[header], `TRACE ${path}: ${header}`).toBeTruthy();
  }
  const head = await request.fetch("/es/faq", { method: "HEAD" });
  expect(head.status()).toBe(200);
  const big = await request.get("/faq", { headers: { "x-junk": "a".repeat(20_000) } });
  expect(big.status()).toBeGreaterThanOrEqual(400);
  expect(big.status()).toBeLessThan(500);
});

test.describe("leave this site quickly", () => {
  const NEUTRAL = "https://weather.com/";

  test.beforeEach(async ({ context }) => {
    // The test machine has no internet: answer for the neutral site here.
    await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>Weather</title>" }));
  });

  test("replaces the page with a neutral site, so Back does not return to it", async ({ page, baseURL }) => {
    await page.goto("/");
    await page.goto("/es/faq");
    await page.evaluate(() => window.localStorage.setItem("left-behind", "1"));
    await page.locator('a[data-module="quick-exit"]').click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL(`${baseURL}/`);
    expect(await page.evaluate(() => window.localStorage.getItem("left-behind"))).toBeNull();
  });

  test("pressing Escape twice does the same", async ({ page, baseURL }) => {
    await page.goto("/");
    await page.goto("/how-to");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL(`${baseURL}/`);
  });

  test("still leaves when the browser blocks storage (all cookies blocked), by tap and by Escape twice", async ({ page }) => {
    await blockStorage(page);
    await page.goto("/faq");
    await page.locator('a[data-module="quick-exit"]').click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goto("/how-to");
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-enhanced"));
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(NEUTRAL);
  });

  test("is the first link after the skip link on every page, in every language, and never floats over content", async ({
    page,
  }) => {
    for (const locale of locales) {
      await page.goto(toPath(locale.code, "faq"));
      const exit = page.locator('a[data-module="quick-exit"]');
      await expect(exit).toHaveAttribute("href", NEUTRAL);
      const ui = JSON.parse(fs.readFileSync(path.join("content", locale.code, "ui.json"), "utf8"));
      await expect(exit).toHaveText(ui["quickExit.label"]);
      expect(await exit.evaluate((node) => getComputedStyle(node).position)).toBe("static");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect(exit).toBeFocused();
    }
  });

  test("without JavaScript it is still a plain link away", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>Weather</title>" }));
    const page = await context.newPage();
    await page.goto("/privacy");
    await page.locator('a[data-module="quick-exit"]').click();
    await expect(page).toHaveURL(NEUTRAL);
    await context.close();
  });
});

test("the privacy page and the accessibility statement are linked from every page's footer, in every language", async ({
  page,
}) => {
  for (const locale of locales) {
    await page.goto(toPath(locale.code, "how-to"));
    const footer = page.getByRole("contentinfo");
    for (const slug of ["privacy", "accessibility"]) {
      const link = footer.locator(`a[href="${toPath(locale.code, slug)}"]`);
      await expect(link).toBeVisible();
    }
    // They are not main sections: not in the header's navigation.
    await expect(page.locator(`#site-nav a[href="${toPath(locale.code, "privacy")}"]`)).toHaveCount(0);
  }
  await page.goto("/privacy");
  await expect(page.locator("#browse-privately")).toBeVisible();
  await expect(page.locator("#leave-quickly")).toBeVisible();
});
