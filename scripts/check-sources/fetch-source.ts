import { STATUS_CODES } from "node:http";
import type { CheckError, Redirect } from "../../lib/source-check-types";

/** Limits for one source. */
export interface FetchOptions {
  /** Each request (each redirect hop) is abandoned after this many milliseconds. */
  timeoutMs: number;
  /** At most this many bytes of a body are read; the rest is never downloaded. */
  maxBytes: number;
  /** At most this many redirects are followed. */
  maxRedirects: number;
  /** Sent with every request, so site owners know who is asking. */
  userAgent: string;
}

/** What fetching one address gave. It is always returned, never thrown. */
export interface FetchResult {
  url: string;
  /** The last address requested (after redirects). */
  finalUrl: string;
  redirects: Redirect[];
  /** The last HTTP status received, or null when no answer came. */
  status: number | null;
  contentType: string | null;
  /** The body (at most `maxBytes`) of a 2xx answer; null otherwise. */
  body: Buffer | null;
  /** True when the body was larger than `maxBytes` and reading stopped there. */
  truncated: boolean;
  error: CheckError | null;
  elapsedMs: number;
}

export const DEFAULT_FETCH_OPTIONS: Omit<FetchOptions, "userAgent"> = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * GETs `url`, following redirects by hand (so each hop is recorded and no cookie is ever
 * kept or sent), with a timeout per request and a cap on the body size. Never throws:
 * every failure comes back as `error` with a named kind.
 */
export async function fetchSource(url: string, options: FetchOptions): Promise<FetchResult> {
  const started = Date.now();
  const result: FetchResult = {
    url,
    finalUrl: url,
    redirects: [],
    status: null,
    contentType: null,
    body: null,
    truncated: false,
    error: null,
    elapsedMs: 0,
  };
  const done = (error: CheckError | null) => {
    result.error = error;
    result.elapsedMs = Date.now() - started;
    return result;
  };

  const first = parseHttpUrl(url);
  if (typeof first === "string") return done({ kind: "invalid-url", message: first });
  let current = first;

  for (;;) {
    result.finalUrl = current.href;
    const hop = await requestOnce(current, options);
    if ("error" in hop) return done(hop.error);
    const { response, finish } = hop;
    result.status = response.status;
    result.contentType = response.headers.get("content-type");

    if (response.status >= 300 && response.status < 400) {
      await finish();
      const location = response.headers.get("location");
      if (!REDIRECT_STATUSES.has(response.status) || !location) {
        return done({ kind: "invalid-redirect", message: `${describeStatus(response.status)} without a usable Location header` });
      }
      if (result.redirects.length >= options.maxRedirects) {
        return done({
          kind: "too-many-redirects",
          message: `more than ${options.maxRedirects} redirects (a redirect loop?); stopped at ${current.href}`,
        });
      }
      const next = parseHttpUrl(location, current);
      if (typeof next === "string") {
        return done({
          kind: "invalid-redirect",
          message: `${describeStatus(response.status)} to an unusable Location "${location}": ${next}`,
        });
      }
      result.redirects.push({ status: response.status, from: current.href, to: next.href });
      current = next;
      continue;
    }

    if (response.status >= 400) {
      await finish();
      const retryAfter = response.headers.get("retry-after");
      const retry = retryAfter ? ` (Retry-After: ${retryAfter})` : "";
      const kind = response.status >= 500 ? "http-5xx" : "http-4xx";
      return done({ kind, message: `${describeStatus(response.status)}${retry}` });
    }

    // A 2xx (or 1xx-like oddity): read the body up to the cap.
    try {
      const { bytes, truncated } = await readCapped(response.body, options.maxBytes);
      result.body = bytes;
      result.truncated = truncated;
    } catch (error) {
      return done(hop.timedOut() ? timeoutError(options) : classifyError(error));
    } finally {
      await finish();
    }
    return done(null);
  }
}

/** "HTTP 404 Not Found" for a status code. */
export function describeStatus(status: number): string {
  const name = STATUS_CODES[status];
  return name ? `HTTP ${status} ${name}` : `HTTP ${status}`;
}

/** Parses an absolute (or, with `base`, relative) http(s) URL; returns a sentence saying why when it cannot. */
export function parseHttpUrl(text: string, base?: URL): URL | string {
  let parsed: URL;
  try {
    parsed = new URL(text, base);
  } catch {
    return `"${text}" is not a valid URL`;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return `"${text}" is not an http or https URL`;
  }
  return parsed;
}

type Hop = { response: Response; finish: () => Promise<void>; timedOut: () => boolean } | { error: CheckError };

/** Sends one GET (no redirect following) with its own timeout. `finish` releases the connection. */
async function requestOnce(url: URL, options: FetchOptions): Promise<Hop> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await fetch(url, {
      method: "GET",
      redirect: "manual",
      signal: controller.signal,
      headers: {
        "user-agent": options.userAgent,
        accept: "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
        "accept-language": "en-US,en;q=0.8",
      },
    });
    const finish = async () => {
      clearTimeout(timer);
      // Cancelling the unread body and aborting close the connection: nothing more is downloaded.
      await response.body?.cancel().catch(() => undefined);
      controller.abort();
    };
    return { response, finish, timedOut: () => timedOut };
  } catch (error) {
    clearTimeout(timer);
    return { error: timedOut ? timeoutError(options) : classifyError(error) };
  }
}

/** Reads a body stream until it ends or `maxBytes` have arrived, whichever comes first. */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<{ bytes: Buffer; truncated: boolean }> {
  if (!body) return { bytes: Buffer.alloc(0), truncated: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes: Buffer.concat(chunks), truncated: false };
    if (total + value.length > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - total));
      await reader.cancel().catch(() => undefined);
      return { bytes: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(value);
    total += value.length;
  }
}

function timeoutError(options: FetchOptions): CheckError {
  return { kind: "timeout", message: `no complete answer within ${options.timeoutMs / 1000} s` };
}

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL", "EAI_NODATA"]);
const TIMEOUT_CODES = new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);
const TLS_CODE = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH/;

/**
 * Names a network error thrown by fetch. Node's fetch throws "fetch failed" and puts the
 * real reason (a code such as ENOTFOUND or CERT_HAS_EXPIRED) in `cause`, sometimes nested.
 */
export function classifyError(error: unknown): CheckError {
  let code = "";
  let detail = "";
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth += 1) {
    const { code: c, message } = current as { code?: unknown; message?: unknown };
    if (typeof c === "string" && !code) code = c;
    if (typeof message === "string" && message !== "fetch failed") detail = message;
    current = (current as { cause?: unknown }).cause;
  }
  const said = [code, detail].filter(Boolean).join(": ") || String(error);
  if (DNS_CODES.has(code)) return { kind: "dns", message: `the host name could not be found (${said})` };
  if (TIMEOUT_CODES.has(code)) return { kind: "timeout", message: `the connection timed out (${said})` };
  if (TLS_CODE.test(code)) return { kind: "tls", message: `the secure connection failed (${said})` };
  return { kind: "connection", message: `the connection failed (${said})` };
}
