import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE } from "@/lib/i18n";
import { PAGE_ETAG } from "@/lib/site";
import { SLUGS } from "@/lib/slugs.mjs";
import { repairedPath } from "@/lib/url-repair";

/** Every page and file is read-only. */
const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * Runs only for the requests that need it (see `config`), never for a
 * browser's ordinary page view (running it on every request halved the pages
 * served per second: see README, Performance):
 *
 * - A method other than GET or HEAD gets 405 Method Not Allowed. Prerendered
 *   pages are served from Next.js's cache whatever the method, so this is the
 *   one place that can refuse them. Browsers send `Origin` with every such
 *   request; other clients (scripts, crawlers, CDNs) send no `Sec-Fetch-Mode`
 *   header, so the proxy sees all of them.
 * - A URL with broken percent-encoding (e.g. `/%E0%A4`) gets the 404 page.
 *   Left alone, Next.js fails to decode it and answers 500.
 * - A link mangled on its way to a reader is sent where it meant to go
 *   (lib/url-repair.ts): a path in capitals (`/FAQ`) to its lowercase form,
 *   a `#` encoded by a messaging app (`/faq%23is-there-a-deadline`) to the
 *   section, a path with its sentence's full stop or bracket (`/faq.`) to the
 *   page. No path of the site has capitals or ends so, so none costs a page view.
 * - A request that asks "has this page changed?" (`If-None-Match`) gets
 *   304 Not Modified when the browser already has this build's copy: every
 *   prerendered page carries the build's ETag (lib/site.ts), so a matching
 *   tag means the page is unchanged. Anything else goes on as usual.
 */
export function proxy(request: NextRequest) {
  if (!READ_METHODS.has(request.method)) {
    return new NextResponse("Method Not Allowed\n", {
      status: 405,
      headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  if (request.nextUrl.pathname.includes("%")) {
    try {
      decodeURIComponent(request.nextUrl.pathname);
    } catch {
      return NextResponse.rewrite(new URL(`/${DEFAULT_LOCALE}/${SLUGS.notFound}`, request.url));
    }
  }
  const repaired = repairedPath(request.nextUrl.pathname, request.nextUrl.search);
  if (repaired) return NextResponse.redirect(new URL(repaired, request.url), 308);
  const asked = request.headers.get("if-none-match");
  if (asked && asked.split(/\s*,\s*/).includes(PAGE_ETAG)) {
    return new NextResponse(null, { status: 304, headers: { ETag: PAGE_ETAG } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/:path(.*%.*)",
    // Capitals anywhere but in the framework's own files (`/_next/…`), and a sentence's end stuck to a path.
    "/((?!_next/).*[A-Z].*)",
    "/(.*[.,;:!'\\(\\)\\[\\]])",
    { source: "/:path*", has: [{ type: "header", key: "if-none-match" }] },
    { source: "/:path*", has: [{ type: "header", key: "origin" }] },
    { source: "/:path*", missing: [{ type: "header", key: "sec-fetch-mode" }] },
  ],
};
