import type { SourceCheck } from "./check";
import { reviewTiming, type Citations, type CitingPage } from "./cited-by";
import { translationState } from "../../lib/i18n";
import { VERDICTS, type ErrorKind, type Verdict } from "../../lib/source-check-types";

/** What the report needs besides the checks. */
export interface ReportContext {
  /** When the run started. */
  checkedAt: Date;
  /** The day the changes were seen (`YYYY-MM-DD`, UTC). */
  today: string;
  timeoutMs: number;
  citations: Citations;
  stateFile: string;
  stateExisted: boolean;
  /** Keys listed without a URL: nothing to check. */
  withoutUrl: string[];
}

/** Verdicts that need a person: their citing pages are listed. */
const NEEDS_REVIEW: ReadonlySet<Verdict> = new Set(["changed", "moved", "broken"]);

/** Failures in which no answer came at all: they say nothing about the page itself. */
const NO_ANSWER: ReadonlySet<ErrorKind> = new Set(["dns", "timeout", "connection"]);

/**
 * Whether no source answered at all, on two hosts or more. Then this machine is almost
 * surely offline (or cannot look up names), and the run says nothing about the sources:
 * it must not send an editor to change URLs, or be recorded. (One host that does not
 * answer is reported as broken as usual.) Entries with a malformed URL were not fetched.
 */
export function nothingAnswered(checks: SourceCheck[]): boolean {
  const fetched = checks.filter((check) => check.error?.kind !== "invalid-url");
  const hosts = new Set(fetched.map((check) => new URL(check.url).host));
  return (
    hosts.size >= 2 &&
    fetched.every(
      (check) =>
        check.fetch.status === null && check.fetch.redirects.length === 0 && NO_ANSWER.has(check.error?.kind as ErrorKind),
    )
  );
}

/**
 * 0 when nothing is broken or moved; 1 otherwise (a changed text is reported but is not a
 * failure); 2 when no source answered at all: the check could not run.
 */
export function exitCodeFor(checks: SourceCheck[]): 0 | 1 | 2 {
  if (nothingAnswered(checks)) return 2;
  return checks.some((check) => check.verdict === "broken" || check.verdict === "moved") ? 1 : 0;
}

/** The plain-text report: a table with one line per source, then details of each source that needs review. */
export function formatReport(checks: SourceCheck[], context: ReportContext): string {
  const lines: string[] = [];
  lines.push(
    `Source check of ${context.checkedAt.toISOString()} (${checks.length} sources, timeout ${context.timeoutMs / 1000} s per request)`,
  );
  lines.push(`Compared with: ${context.stateFile}${context.stateExisted ? "" : " (not found: every source is new)"}`);
  lines.push("");

  const rows = checks.map((check) => [check.key, check.verdict, statusText(check), summary(check)]);
  lines.push(...table([["SOURCE", "VERDICT", "STATUS", "DETAIL"], ...rows]));

  const offline = nothingAnswered(checks);
  const attention = offline ? [] : checks.filter((check) => NEEDS_REVIEW.has(check.verdict));
  for (const check of attention) lines.push("", ...details(check, context));

  if (context.withoutUrl.length > 0) lines.push("", `Not checked (no URL listed): ${context.withoutUrl.join(", ")}`);
  for (const warning of context.citations.warnings) lines.push(`Warning: ${warning}`);

  const counts = VERDICTS.map((verdict) => `${checks.filter((check) => check.verdict === verdict).length} ${verdict}`);
  lines.push("", `Summary: ${counts.join(", ")}.`);
  const exitLines = {
    0: "Exit status 0: nothing cited is broken or moved.",
    1: "Exit status 1: a cited source is broken or has moved: correct its URL in the registry, or the pages that cite it.",
    2:
      "Exit status 2: no source answered at all, on any host. This machine is probably offline or cannot look up names, " +
      "so nothing is known about the sources: check the connection and run the check again. Change no URL because of this run.",
  };
  lines.push(exitLines[exitCodeFor(checks)]);
  return lines.join("\n");
}

/** The `--json` report. */
export function jsonReport(checks: SourceCheck[], context: ReportContext) {
  return {
    checked: context.checkedAt.toISOString(),
    noSourceAnswered: nothingAnswered(checks),
    sources: checks.map((check) => ({
      key: check.key,
      url: check.url,
      finalUrl: check.fetch.finalUrl,
      status: check.fetch.status,
      redirects: check.fetch.redirects,
      verdict: check.verdict,
      flags: check.flags,
      error: check.error,
      contentType: check.fetch.contentType,
      textKind: check.readable?.kind ?? null,
      fingerprint: check.fingerprint,
      elapsedMs: check.fetch.elapsedMs,
      lastReviewedCheck: check.previous ? { date: check.previous.checked, method: check.previous.method } : null,
      textChanged: check.textChanged,
      changes: check.changes,
      citedBy: (context.citations.byKey.get(check.key) ?? []).map((page) => ({
        locale: page.locale,
        slug: page.slug,
        file: page.file,
        lastReviewed: page.lastReviewed,
        reviewed: reviewTiming(page.lastReviewed, check.previous?.checked ?? null, context.today),
        translation: page.translation,
      })),
    })),
    notChecked: context.withoutUrl,
  };
}

/** Each redirect status, then the last status: `301→200`; `—` when no answer came. */
function statusText(check: SourceCheck): string {
  const codes = check.fetch.redirects.map((redirect) => String(redirect.status));
  if (check.fetch.status !== null) codes.push(String(check.fetch.status));
  return codes.length > 0 ? codes.join("→") : "—";
}

/** The DETAIL column. */
function summary(check: SourceCheck): string {
  const flags = check.flags.length > 0 ? ` [${check.flags.join(", ")}]` : "";
  switch (check.verdict) {
    case "broken":
      return `${check.error?.kind}: ${check.error?.message}${flags}`;
    case "moved":
      return `now ${check.fetch.finalUrl}${check.textChanged ? " (text changed too)" : ""}${flags}`;
    case "changed":
      return `text changed since ${check.previous?.checked}${flags}`;
    case "unchanged":
      return `same text as on ${check.previous?.checked}${flags}`;
    case "new":
      return `${newReason(check)}${flags}`;
  }
}

function newReason(check: SourceCheck): string {
  const previous = check.previous;
  if (!previous) return "never checked before";
  if (previous.method === "stored-copy") return `first live check (last seen in a stored copy on ${previous.checked})`;
  if (previous.url !== check.url) return `the listed URL differs from the one recorded (${previous.url})`;
  return "no recorded text to compare with";
}

/** The block under the table for one source that needs review. */
function details(check: SourceCheck, context: ReportContext): string[] {
  const previous = check.previous;
  const since = previous
    ? `${previous.checked}, ${previous.method === "live" ? "live check" : "stored copy"}`
    : "no recorded check";
  const lines = [`${check.key}: ${check.verdict.toUpperCase()} (last reviewed check: ${since})`, `  URL: ${check.url}`];
  for (const redirect of check.fetch.redirects) lines.push(`  ${redirect.status} redirect: ${redirect.from} → ${redirect.to}`);
  if (check.fetch.redirects.length > 0) lines.push(`  Final URL: ${check.fetch.finalUrl}`);
  if (check.error) lines.push(`  Problem (${check.error.kind}): ${check.error.message}`);
  if (check.flags.includes("other-site"))
    lines.push("  The address now leads to another site: check that it is still the official page.");
  if (check.changes) {
    lines.push(`  Text removed (${sentenceCount(check.changes.removedSentences)}): ${quote(check.changes.removed)}`);
    lines.push(`  Text added (${sentenceCount(check.changes.addedSentences)}): ${quote(check.changes.added)}`);
    if (check.changes.note) lines.push(`  Note: ${check.changes.note}`);
  } else if (check.textChanged) {
    lines.push("  The text changed, but the last reviewed text was not kept, so no excerpt can be shown.");
  }

  const pages = context.citations.byKey.get(check.key) ?? [];
  if (pages.length === 0) {
    lines.push("  Cited by: no page (it may still be listed on /resources).");
    return lines;
  }
  lines.push(`  Cited by ${pages.length === 1 ? "1 page" : `${pages.length} pages`} (the change was seen on ${context.today}):`);
  for (const page of pages) lines.push(`    ${page.file}: ${pageStatus(page, previous?.checked ?? null, context)}`);
  return lines;
}

function pageStatus(page: CitingPage, lastRecordedCheck: string | null, context: ReportContext): string {
  const timing = reviewTiming(page.lastReviewed, lastRecordedCheck, context.today);
  const reviewed =
    timing === "after"
      ? `lastReviewed ${page.lastReviewed}, after the change was seen`
      : timing === "between"
        ? `lastReviewed ${page.lastReviewed}, after the last recorded check (${lastRecordedCheck}) but before this one: check it covers the change`
        : `lastReviewed ${page.lastReviewed ?? "missing"}, BEFORE the change: review it`;
  if (!page.translation) return reviewed;
  const english = context.citations.englishReviewed.get(page.slug) ?? null;
  const follows = `translation follows English of ${page.translation.from ?? "unknown date"}`;
  const behind =
    english &&
    page.translation.from &&
    translationState({ from: page.translation.from, reviewed: page.translation.reviewed ?? false }, english) === "stale"
      ? ` (English reviewed ${english}: translation is behind)`
      : "";
  const translator = page.translation.reviewed ? "checked by a translator" : "not yet checked by a translator";
  return `${reviewed}; ${follows}${behind}, ${translator}`;
}

function sentenceCount(count: number): string {
  return count === 1 ? "1 sentence" : `${count} sentences`;
}

function quote(text: string): string {
  return text ? `"${text}"` : "(nothing)";
}

/** Lays out rows as left-aligned columns; the last column is not padded. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join("  ")
      .trimEnd(),
  );
}
