import http from "node:http";
import { SECURITY_HEADERS } from "./security-headers.mjs";

/**
 * What the server answers before Next.js sees a request, for the few requests Next.js
 * cannot handle. It answered each with a bare 500, or with a redirect to another host:
 *
 * - TRACE and CONNECT, methods the Fetch standard forbids: Next.js cannot make a `Request`
 *   with them. They get 405, as proxy.ts answers every method but GET and HEAD.
 *   (Node.js itself answers methods it does not know, such as TRACK, with 400.)
 * - `*` as the request target (`OPTIONS * HTTP/1.1`, asked of the server as a whole):
 *   405 for OPTIONS, like OPTIONS on any page, and 400 with any other method.
 * - An absolute URL as the target (`GET http://other.example/faq`, which only proxies
 *   should receive): Next.js redirected to that host. It is served as its path instead.
 */
export type Verdict = { status: 400 | 405 } | { url: string } | null;

/** Methods the Fetch standard forbids (CONNECT never reaches the `request` event, but would fail the same way). */
const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(["CONNECT", "TRACE"]);

/** What to do with a request before Next.js: answer it with a status, serve another target, or nothing (null). */
export function checkRequest(method: string, target: string): Verdict {
  if (FORBIDDEN_METHODS.has(method)) return { status: 405 };
  if (target.startsWith("/")) return null;
  if (target === "*") return { status: method === "OPTIONS" ? 405 : 400 };
  try {
    const url = new URL(target);
    if (url.protocol === "http:" || url.protocol === "https:") return { url: `${url.pathname}${url.search}` };
  } catch {
    // Neither a path nor a URL.
  }
  return { status: 400 };
}

const TEXT = { 400: "Bad Request\n", 405: "Method Not Allowed\n" } as const;

/** A plain-text answer with the site's security headers (and `Allow` on a 405). */
export function answer(response: http.ServerResponse, status: 400 | 405): void {
  response.writeHead(status, {
    ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    ...(status === 405 && { Allow: "GET, HEAD" }),
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  });
  response.end(TEXT[status]);
}

/** Marks the patched server class, so requests are guarded once. */
const GUARDED = Symbol.for("sacramento-guide.request-guard");

/**
 * Guards every request of this process's HTTP servers before Next.js sees it
 * (instrumentation.ts calls this once, when the server starts). Node.js hands each
 * request to the server's `request` event, so that is where it is checked.
 */
export function guardRequests(): void {
  const server = http.Server.prototype as http.Server & { [GUARDED]?: true };
  if (server[GUARDED]) return;
  const emit = server.emit;
  server.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const verdict = checkRequest(request.method ?? "", request.url ?? "");
      if (verdict && "status" in verdict) {
        answer(response, verdict.status);
        return true;
      }
      if (verdict) request.url = verdict.url;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  server[GUARDED] = true;
}
