import { decideVerdict, describeChanges, isOtherSite, type TextChanges } from "./compare";
import { fetchSource, type FetchOptions, type FetchResult } from "./fetch-source";
import { fingerprintBytes, fingerprintText } from "./fingerprint";
import { runPool } from "./pool";
import { readableText, type ReadableText } from "./readable-text";
import { looksLikeNotFound } from "./soft-404";
import { textWasCapped } from "./state";
import type { SourceCheckState, SourceRecord } from "../../lib/source-check-schema";
import type { CheckError, Flag, SourceEntry, Verdict } from "../../lib/source-check-types";

/** Everything learnt about one source in this run. */
export interface SourceCheck {
  key: string;
  url: string;
  fetch: FetchResult;
  /** The readable text, when the page answered with content. */
  readable: ReadableText | null;
  fingerprint: string | null;
  flags: Flag[];
  /** Why the source is broken (a fetch error or a soft 404), or null. */
  error: CheckError | null;
  verdict: Verdict;
  /** Whether the text differs from the last reviewed record (null: nothing to compare). */
  textChanged: boolean | null;
  /** Excerpts of what changed, when the text changed and the last reviewed text is known. */
  changes: TextChanges | null;
  /** The last reviewed record of this key, if any. */
  previous: SourceRecord | null;
}

export interface CheckOptions extends FetchOptions {
  /** How many requests may run at once (to different hosts). */
  concurrency: number;
}

/**
 * Fetches every source (each distinct URL once, a few at a time, one at a time per host)
 * and judges each against its record in `state`. Fetches nothing but the listed URLs and
 * the redirects they lead to.
 */
export async function checkSources(
  sources: SourceEntry[],
  state: SourceCheckState,
  options: CheckOptions,
): Promise<SourceCheck[]> {
  const urls = [...new Set(sources.map((source) => source.url))];
  const fetched = await runPool(urls, options.concurrency, hostOf, (url) => fetchSource(url, options));
  const byUrl = new Map(urls.map((url, index) => [url, fetched[index]!]));
  return sources.map((source) => {
    const previous = Object.hasOwn(state.sources, source.key) ? (state.sources[source.key] ?? null) : null;
    return judgeSource(source, byUrl.get(source.url)!, previous);
  });
}

/** Reads, fingerprints and judges one fetched source against its last reviewed record. */
export function judgeSource(source: SourceEntry, fetched: FetchResult, previous: SourceRecord | null): SourceCheck {
  const flags: Flag[] = [];
  let error = fetched.error;
  let readable: ReadableText | null = null;
  let fingerprint: string | null = null;

  if (!error && fetched.body) {
    readable = readableText(fetched.body, fetched.contentType);
    fingerprint = readable.kind === "bytes" ? fingerprintBytes(fetched.body) : fingerprintText(readable.text);
    if (readable.kind === "bytes") flags.push("unreadable-type");
    if (readable.kind !== "pdf" && looksLikeNotFound(readable.title, readable.text)) {
      flags.push("soft-404");
      const said = readable.title ?? readable.text.slice(0, 80);
      error = { kind: "soft-404", message: `the page answers ${fetched.status} but reads as "not found" ("${said}")` };
    }
  }
  if (fetched.truncated) flags.push("truncated");
  if (fetched.redirects.length > 0 && isOtherSite(source.url, fetched.finalUrl)) flags.push("other-site");

  const { verdict, textChanged } = decideVerdict(
    { url: source.url, finalUrl: fetched.finalUrl, error, fingerprint, textKind: readable?.kind ?? null },
    previous,
  );
  const changes =
    textChanged && previous?.text !== undefined && readable && readable.kind !== "bytes"
      ? describeChanges(previous.text, readable.text, textWasCapped(previous.text))
      : null;
  return {
    key: source.key,
    url: source.url,
    fetch: fetched,
    readable,
    fingerprint,
    flags,
    error,
    verdict,
    textChanged,
    changes,
    previous,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url; // an invalid URL fails at once without a request
  }
}
