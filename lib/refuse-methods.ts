import http from "node:http";
import { SECURITY_HEADERS } from "./security-headers.mjs";

/**
 * Methods the Fetch standard forbids. Next.js turns every request into a `Request`, which
 * cannot have these methods, so it answered them with a bare 500 (before proxy.ts runs).
 * Node.js itself refuses methods it does not know (400); these it passes on.
 */
export const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(["CONNECT", "TRACE", "TRACK"]);

/** Marks the patched server class, so the methods are taken out once. */
const REFUSING = Symbol.for("refuse-forbidden-methods");

/** The 405 for a forbidden method: the same answer proxy.ts gives any method but GET and HEAD. */
export function refuseMethod(response: http.ServerResponse): void {
  response.writeHead(405, {
    ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    Allow: "GET, HEAD",
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  });
  response.end("Method Not Allowed\n");
}

/**
 * Answers forbidden methods with 405 before Next.js sees the request (instrumentation.ts
 * calls this once, when the server starts). Node.js hands every request to the server's
 * `request` event, so that is where they are taken out. Safe to call twice.
 */
export function refuseForbiddenMethods(): void {
  const server = http.Server.prototype as http.Server & { [REFUSING]?: true };
  if (server[REFUSING]) return;
  const emit = server.emit;
  server.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (FORBIDDEN_METHODS.has(request.method ?? "")) {
        refuseMethod(response);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  server[REFUSING] = true;
}
