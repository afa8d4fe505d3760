/**
 * The service worker, as a typed function. The `/sw.js` route writes it out as
 * `(startServiceWorker)(config)`, so it must use only what a worker has (its
 * scope, `caches`, `fetch`) and what `config` gives it: nothing imported, no
 * helper outside the function.
 *
 * After a first visit the page asks it to keep the whole guide in the reader's
 * language (components/layout/offline-copy.ts); it then answers from that copy
 * when there is no signal. It only ever touches this site's own GET requests,
 * never keeps a search with a query, and drops older builds' copies.
 */
export interface WorkerConfig {
  /** This build's fingerprint: the copy is kept under `guide-<version>`. */
  version: string;
  /** Where the site's stylesheet and scripts are served (`/assets/`). */
  assets: string;
  /** Per language: the paths to keep, and the page shown for one not kept. */
  languages: Record<string, { pages: string[]; fallback: string }>;
  /** On a weak connection, how long to wait for the network before using the saved copy. */
  patienceMs: number;
}

/** What this worker uses of its global scope. */
interface WorkerScope {
  addEventListener(type: string, listener: (event: WorkerEvent) => void): void;
  skipWaiting(): Promise<void> | void;
  clients: { claim(): Promise<void> };
  location: { origin: string };
}
interface WorkerEvent {
  data?: { type?: string; locale?: string };
  source?: { postMessage(message: unknown): void } | null;
  request: Request;
  waitUntil(promise: Promise<unknown>): void;
  respondWith(response: Promise<Response> | Response): void;
}

export function startServiceWorker(config: WorkerConfig): void {
  const scope = self as unknown as WorkerScope;
  const { languages, assets } = config;
  const cacheName = `guide-${config.version}`;

  scope.addEventListener("install", () => void scope.skipWaiting());

  scope.addEventListener("activate", (event) => {
    event.waitUntil(
      (async () => {
        for (const key of await caches.keys()) if (key !== cacheName) await caches.delete(key);
        await scope.clients.claim();
      })(),
    );
  });

  scope.addEventListener("message", (event) => {
    const locale = event.data?.type === "keep" ? event.data.locale : undefined;
    if (!locale || !languages[locale]) return;
    event.waitUntil(
      keep(locale).then(
        () => event.source?.postMessage({ type: "kept", locale }),
        () => {},
      ),
    );
  });

  /** Saves every page of a language, its search index, its offline page and the files they use. */
  async function keep(locale: string): Promise<void> {
    const cache = await caches.open(cacheName);
    const { pages, fallback } = languages[locale]!;
    const files = new Set(["/icon.svg", "/manifest.webmanifest"]);
    for (const path of [...pages, fallback]) {
      if (await cache.match(path)) continue;
      const response = await fetch(path, { credentials: "omit" });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      if ((response.headers.get("content-type") ?? "").includes("text/html")) {
        const html = await response.clone().text();
        for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) if (match[1]!.startsWith(assets)) files.add(match[1]!);
      }
      await cache.put(path, response);
    }
    for (const file of files) {
      if (await cache.match(file)) continue;
      const response = await fetch(file, { credentials: "omit" });
      if (response.ok) await cache.put(file, response);
    }
  }

  /** The language of a path, or the first language when it names none. */
  function localeOf(pathname: string): string {
    const first = pathname.split("/")[1] ?? "";
    return languages[first] ? first : Object.keys(languages)[0]!;
  }

  scope.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    // Only this site's own reads. A search with a query is never kept: what people type is theirs.
    if (request.method !== "GET" || url.origin !== scope.location.origin) return;
    if (url.search && /\/search$/.test(url.pathname)) return;
    if (url.pathname.startsWith(assets)) {
      event.respondWith(caches.match(request, { cacheName }).then((hit) => hit ?? fetch(request)));
      return;
    }
    if (request.mode === "navigate" || url.pathname.endsWith("/search-index.json")) {
      event.respondWith(networkFirst(request, url));
    }
  });

  /** The network when it answers in time; otherwise the saved copy; otherwise the offline page. */
  async function networkFirst(request: Request, url: URL): Promise<Response> {
    const cache = await caches.open(cacheName);
    const saved = await cache.match(url.pathname);
    const network = fetch(request).then((response) => {
      if (response.ok && saved) void cache.put(url.pathname, response.clone());
      return response;
    });
    network.catch(() => {});
    try {
      if (!saved) return await network;
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), config.patienceMs));
      return (await Promise.race([network, timeout])) ?? saved;
    } catch {
      if (saved) return saved;
      // The offline page in this URL's language, or in the language that was saved.
      const fallbacks = [languages[localeOf(url.pathname)]!.fallback, ...Object.values(languages).map((l) => l.fallback)];
      for (const fallback of fallbacks) {
        const offline = await cache.match(fallback);
        if (offline) return offline;
      }
      return new Response("Offline", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  }
}
