import { ASSET_PREFIX } from "@/lib/build-assets.mjs";
import { listOfflinePaths, SITE_VERSION } from "@/lib/offline";

/** Written once at build time. */
export const dynamic = "force-static";

/**
 * The service worker. After a first visit, the page asks it to keep the whole
 * guide in the reader's language (see components/layout/offline-copy.ts); it then answers from that
 * copy when there is no signal. It only ever touches this site's own GET
 * requests, never keeps a search with a query, and drops the copies of older
 * builds when a new one is deployed.
 */
export async function GET() {
  const script = `"use strict";
const VERSION = ${JSON.stringify(SITE_VERSION)};
const ASSETS = ${JSON.stringify(ASSET_PREFIX)};
const CACHE = "guide-" + VERSION;
const LANGUAGES = ${JSON.stringify(await listOfflinePaths())};
/** On a weak connection, wait this long for the network before using the saved copy. */
const PATIENCE_MS = 4000;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const locale = event.data && event.data.type === "keep" ? event.data.locale : null;
  if (!locale || !LANGUAGES[locale]) return;
  event.waitUntil(
    keep(locale).then(
      () => event.source && event.source.postMessage({ type: "kept", locale }),
      () => {},
    ),
  );
});

/** Saves every page of a language, its search index, its offline page and the files they use. */
async function keep(locale) {
  const cache = await caches.open(CACHE);
  const { pages, fallback } = LANGUAGES[locale];
  const files = new Set(["/icon.svg", "/manifest.webmanifest"]);
  for (const path of [...pages, fallback]) {
    if (await cache.match(path)) continue;
    const response = await fetch(path, { credentials: "omit" });
    if (!response.ok) throw new Error(path + ": " + response.status);
    if ((response.headers.get("content-type") || "").includes("text/html")) {
      const html = await response.clone().text();
      for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) if (match[1].startsWith(ASSETS)) files.add(match[1]);
    }
    await cache.put(path, response);
  }
  for (const file of files) {
    if (await cache.match(file)) continue;
    const response = await fetch(file, { credentials: "omit" });
    if (response.ok) await cache.put(file, response);
  }
}

function localeOf(pathname) {
  const first = pathname.split("/")[1];
  return LANGUAGES[first] ? first : Object.keys(LANGUAGES)[0];
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only this site's own reads. A search with a query is never kept: what people type is theirs.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.search && /\\/search$/.test(url.pathname)) return;
  if (url.pathname.startsWith(ASSETS)) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  if (request.mode === "navigate" || url.pathname.endsWith("/search-index.json")) {
    event.respondWith(networkFirst(request, url));
  }
});

/** The network when it answers in time; otherwise the saved copy; otherwise the offline page. */
async function networkFirst(request, url) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(url.pathname);
  const network = fetch(request).then((response) => {
    if (response.ok && saved) cache.put(url.pathname, response.clone());
    return response;
  });
  network.catch(() => {});
  try {
    if (!saved) return await network;
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), PATIENCE_MS));
    return (await Promise.race([network, timeout])) || saved;
  } catch {
    if (saved) return saved;
    // The offline page in this URL's language, or in the language that was saved.
    const fallbacks = [LANGUAGES[localeOf(url.pathname)].fallback, ...Object.values(LANGUAGES).map((l) => l.fallback)];
    for (const fallback of fallbacks) {
      const offline = await cache.match(fallback);
      if (offline) return offline;
    }
    return new Response("Offline", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
`;
  return new Response(script, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" },
  });
}
