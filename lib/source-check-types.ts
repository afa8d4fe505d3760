/**
 * The words the source check uses, shared by every module. Each list is also used by the
 * zod schema of the state file (lib/source-check-schema.ts), so a value here is a value allowed there.
 */

/** What a check concluded about one source, compared with the last reviewed state. */
export const VERDICTS = [
  /** Same readable text as when it was last reviewed. */
  "unchanged",
  /** The readable text differs from the last reviewed text. */
  "changed",
  /** The address now redirects: the final URL is not the one in the registry. */
  "moved",
  /** No usable page: an HTTP error, a network failure, or a page that reads as "not found". */
  "broken",
  /** Never checked live before, so there is nothing to compare with. */
  "new",
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Remarks about a page that do not decide the verdict on their own. */
export const FLAGS = [
  /** A 200 page whose title or first words read as "page not found" (the verdict is then broken). */
  "soft-404",
  /** The address redirects to another host (host name or port; a `www.` prefix alone does not count). */
  "other-site",
  /** The body was larger than the size cap; only the first part was read. */
  "truncated",
  /** A type with no readable text (or none found): the raw bytes were fingerprinted instead. */
  "unreadable-type",
] as const;
export type Flag = (typeof FLAGS)[number];

/** Why a source is broken, each kind named so the report can say what went wrong. */
export const ERROR_KINDS = [
  "invalid-url",
  "dns",
  "timeout",
  "tls",
  "connection",
  "http-4xx",
  "http-5xx",
  "too-many-redirects",
  "invalid-redirect",
  "soft-404",
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** A named error with a sentence for people. */
export interface CheckError {
  kind: ErrorKind;
  message: string;
}

/** One redirect that was followed. */
export interface Redirect {
  status: number;
  from: string;
  to: string;
}

/** How the readable text was obtained. `bytes` means there was none: the raw bytes were fingerprinted. */
export const TEXT_KINDS = ["html", "pdf", "text", "bytes"] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** One source to check: a registry key and its address, exactly as listed. */
export interface SourceEntry {
  key: string;
  url: string;
}
