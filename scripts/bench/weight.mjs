// Page weight in Chromium (Debian's), on a phone-sized screen: first view with a
// cold cache, then the next view after following a link with a warm cache; and,
// apart, the copy the service worker keeps for offline reading.
import fs from "node:fs";
import { chromium } from "@playwright/test";

/** Debian's Chromium and its launch flags, shared with the browser tests. */
export const CHROMIUM = JSON.parse(fs.readFileSync(new URL("../chromium.json", import.meta.url), "utf8"));
export const CHROMIUM_ARGS = CHROMIUM.args;

const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent:
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
};

const TYPES = ["html", "css", "js", "font", "image", "other"];

function classify(request, contentType) {
  const type = request.resourceType();
  if (type === "document") return "html";
  if (type === "stylesheet") return "css";
  if (type === "script") return "js";
  if (type === "font") return "font";
  if (type === "image" || contentType.startsWith("image/")) return "image";
  return "other";
}

function emptyTotals() {
  return Object.fromEntries(TYPES.map((type) => [type, { requests: 0, compressed: 0, transferred: 0, decoded: 0 }]));
}

/**
 * Records every response of a page, or of a whole browser context (the page's and its
 * service worker's requests), until the network has been quiet for `quietMs`.
 */
function recorder(source, baseUrl) {
  const entries = [];
  let lastActivity = Date.now();
  let inflight = 0;
  source.on("request", () => {
    inflight += 1;
    lastActivity = Date.now();
  });
  const settle = async (request) => {
    inflight -= 1;
    lastActivity = Date.now();
    const response = await request.response().catch(() => null);
    const sizes = await request.sizes().catch(() => null);
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    const contentType = response?.headers()["content-type"] ?? "";
    entries.push({
      url: request.url(),
      type: classify(request, contentType),
      status: response?.status() ?? 0,
      // Compressed: the body as sent (gzip). Transferred: that plus the response headers.
      // Chromium reports a body read from its HTTP cache as 0 or less: nothing was sent.
      compressed: sizes ? Math.max(0, sizes.responseBodySize) : 0,
      transferred: sizes ? Math.max(0, sizes.responseBodySize + sizes.responseHeadersSize) : 0,
      decoded: body.length,
      thirdParty: !request.url().startsWith(baseUrl) && !request.url().startsWith("data:"),
      byWorker: Boolean(request.serviceWorker()),
    });
  };
  source.on("requestfinished", settle);
  source.on("requestfailed", settle);
  return {
    entries,
    async quiet(quietMs = 1500, timeoutMs = 20_000) {
      const start = Date.now();
      while (Date.now() - start < timeoutMs) {
        if (inflight <= 0 && Date.now() - lastActivity >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/** Totals of recorded responses. `documentUrl` answering `documentStatus` (the 404 page) is not a failure. */
function summarize(entries, documentUrl = null, documentStatus = 200) {
  const byType = emptyTotals();
  for (const entry of entries) {
    byType[entry.type].requests += 1;
    byType[entry.type].compressed += entry.compressed;
    byType[entry.type].transferred += entry.transferred;
    byType[entry.type].decoded += entry.decoded;
  }
  const expected = (e) => e.url === documentUrl && e.status === documentStatus;
  return {
    requests: entries.length,
    compressed: entries.reduce((sum, e) => sum + e.compressed, 0),
    transferred: entries.reduce((sum, e) => sum + e.transferred, 0),
    decoded: entries.reduce((sum, e) => sum + e.decoded, 0),
    byType,
    thirdParty: entries.filter((e) => e.thirdParty).map((e) => e.url),
    failed: entries.filter((e) => (e.status === 0 || e.status >= 400) && !expected(e)).map((e) => `${e.status} ${e.url}`),
  };
}

/**
 * First view with a cold cache, until the network is quiet, with service workers
 * blocked: the worker's background copy for offline reading is measured on its own
 * (`measureOfflineCopies`). Then the next view, for pages that answer 200.
 */
async function measurePage(browser, baseUrl, entry) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const recording = recorder(page, baseUrl);
    const url = baseUrl + entry.path;
    await page.goto(url, { waitUntil: "load" });
    await recording.quiet();
    const firstView = summarize(recording.entries, url, entry.status ?? 200);
    const result = {
      path: entry.path,
      locale: entry.locale,
      slug: entry.slug,
      status: entry.status ?? 200,
      firstView,
      nextView: null,
    };
    if (result.status !== 200) return result;

    // The next view: follow a link to another section (the "next" link, else the
    // "previous" one, else the first link in the page) with everything the first view cached.
    let link = null;
    for (const selector of ["a[rel=next]", "a[rel=prev]", "main a[href^='/']:not([href*='#'])"]) {
      if ((await page.locator(selector).count()) > 0) {
        link = page.locator(selector).first();
        break;
      }
    }
    if (link) {
      const to = await link.getAttribute("href");
      recording.entries.length = 0;
      await link.click();
      await page.waitForURL((next) => next.pathname === to.split("#")[0]);
      await recording.quiet();
      result.nextView = { to, ...summarize(recording.entries) };
    }
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

/** First and next view of every page, in two browsers side by side (bytes do not depend on timing). */
export async function measureWeights(baseUrl, pages, workers = 2) {
  const shares = Array.from({ length: workers }, (_, worker) => pages.filter((_, index) => index % workers === worker));
  const results = (await Promise.all(shares.map((share) => measureShare(baseUrl, share)))).flat();
  const order = new Map(pages.map((page, index) => [page.path, index]));
  return results.sort((a, b) => order.get(a.path) - order.get(b.path));
}

/** One worker's pages. A fresh browser every few pages keeps long runs stable. */
async function measureShare(baseUrl, pages) {
  const launch = () => chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM_ARGS });
  let browser = await launch();
  const results = [];
  try {
    for (const [index, entry] of pages.entries()) {
      if (index > 0 && index % 20 === 0) {
        await browser.close();
        browser = await launch();
      }
      try {
        results.push(await measurePage(browser, baseUrl, entry));
      } catch (error) {
        console.error(`[bench] ${entry.path}: ${error.message.split("\n")[0]}; retrying in a fresh browser`);
        await browser.close().catch(() => {});
        browser = await launch();
        results.push(await measurePage(browser, baseUrl, entry));
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

/**
 * The service worker's copy for offline reading, one language at a time (from that
 * language's page in `pages`): the page is opened with service workers allowed, and
 * the worker's requests are recorded until the footer's `#offline-note` shows (the
 * worker posts "kept") and the network has been quiet for 2 s.
 *   - `background`: what the worker downloads after the first view (its requests
 *     and compressed bytes; files the page already loaded come from the HTTP cache).
 *   - `copy`: the size of every file it keeps (its own script excluded), compressed
 *     as sent and uncompressed; a file read from the HTTP cache counts at the size
 *     the page downloaded.
 */
export async function measureOfflineCopies(baseUrl, pages) {
  const browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const entry of pages) {
      const context = await browser.newContext({ ...PHONE, serviceWorkers: "allow" });
      try {
        const recording = recorder(context, baseUrl);
        const page = await context.newPage();
        await page.goto(baseUrl + entry.path, { waitUntil: "load" });
        const kept = await page
          .locator("#offline-note")
          .waitFor({ state: "visible", timeout: 30_000 })
          .then(
            () => true,
            () => false,
          );
        await recording.quiet(2000);
        const byWorker = recording.entries.filter((e) => e.byWorker);
        const byPage = new Map(recording.entries.filter((e) => !e.byWorker).map((e) => [e.url, e]));
        const files = new Map(
          byWorker
            .filter((e) => new URL(e.url).pathname !== "/sw.js")
            .map((e) => [e.url, e.compressed > 0 ? e : (byPage.get(e.url) ?? e)]),
        );
        const total = (key) => [...files.values()].reduce((sum, file) => sum + file[key], 0);
        results.push({
          path: entry.path,
          locale: entry.locale,
          kept,
          background: summarize(byWorker),
          copy: { files: files.size, compressed: total("compressed"), decoded: total("decoded") },
        });
      } finally {
        await context.close().catch(() => {});
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
