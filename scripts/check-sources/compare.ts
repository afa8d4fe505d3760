import type { SourceRecord } from "../../lib/source-check-schema";
import type { CheckError, TextKind, Verdict } from "../../lib/source-check-types";

/** What the check found for one source, as needed to decide its verdict. */
export interface Observed {
  url: string;
  finalUrl: string;
  error: CheckError | null;
  fingerprint: string | null;
  textKind: TextKind | null;
}

/**
 * The verdict for one source against its last reviewed record:
 * broken (any error, including a soft 404) before moved (the final URL is not the listed one),
 * before new (no live record of this same URL to compare with), before changed/unchanged.
 * `textChanged` says whether the text differs from the record, whatever the verdict (null: nothing to compare).
 */
export function decideVerdict(
  observed: Observed,
  previous: SourceRecord | null,
): { verdict: Verdict; textChanged: boolean | null } {
  const comparable =
    previous !== null &&
    previous.fingerprint !== undefined &&
    previous.textKind !== undefined &&
    sameAddress(previous.url, observed.url) &&
    observed.fingerprint !== null;
  const textChanged = comparable
    ? previous.fingerprint !== observed.fingerprint || previous.textKind !== observed.textKind
    : null;

  if (observed.error) return { verdict: "broken", textChanged };
  if (!sameAddress(observed.url, observed.finalUrl)) return { verdict: "moved", textChanged };
  if (textChanged === null) return { verdict: "new", textChanged };
  return { verdict: textChanged ? "changed" : "unchanged", textChanged };
}

/** True when two URLs name the same address (ignoring `#fragment`, letter case of the host, default ports). */
export function sameAddress(a: string, b: string): boolean {
  try {
    const first = new URL(a);
    const second = new URL(b);
    first.hash = "";
    second.hash = "";
    return first.href === second.href;
  } catch {
    return a === b;
  }
}

/** True when `to` is on another host than `from` (host name or port); a `www.` prefix alone does not count. */
export function isOtherSite(from: string, to: string): boolean {
  try {
    const host = (url: string) => new URL(url).host.toLowerCase().replace(/^www\./, "");
    return host(from) !== host(to);
  } catch {
    return false;
  }
}

/** A short account of how the text changed: an excerpt of the removed and of the added words. */
export interface TextChanges {
  /** The removed text around its first difference, at most `maxChars` characters ("" when nothing was removed). */
  removed: string;
  /** The added text around its first difference, at most `maxChars` characters ("" when nothing was added). */
  added: string;
  removedSentences: number;
  addedSentences: number;
  /** A remark when the excerpts cannot tell the whole story, e.g. sentences only reordered. */
  note?: string;
}

/**
 * Compares two readable texts sentence by sentence, then word by word within the sentences
 * that differ, and returns excerpts that start a few words before the first differing word.
 * `oldTextWasCapped`: the old text is only the start of the page, so the new one is cut to the same length.
 */
export function describeChanges(oldText: string, newText: string, oldTextWasCapped = false, maxChars = 200): TextChanges {
  let before = sentences(oldText);
  let after = sentences(oldTextWasCapped ? newText.slice(0, oldText.length) : newText);
  if (oldTextWasCapped) {
    before = before.slice(0, -1); // the last sentence of each may be cut in the middle
    after = after.slice(0, -1);
  }
  const afterSet = new Set(after);
  const beforeSet = new Set(before);
  const removed = before.filter((sentence) => !afterSet.has(sentence));
  const added = after.filter((sentence) => !beforeSet.has(sentence));
  const removedWords = removed.join(" ").split(" ").filter(Boolean);
  const addedWords = added.join(" ").split(" ").filter(Boolean);
  const [firstRemoved, firstAdded] = firstDifferences(removedWords, addedWords);

  const changes: TextChanges = {
    removed: excerpt(removedWords, firstRemoved, maxChars),
    added: excerpt(addedWords, firstAdded, maxChars),
    removedSentences: removed.length,
    addedSentences: added.length,
  };
  if (removed.length === 0 && added.length === 0) {
    changes.note = oldTextWasCapped
      ? "no difference in the part of the text kept last time; the change is further down the page"
      : "the same sentences, in a different order or repeated a different number of times";
  }
  return changes;
}

/** Splits text into sentences: at line breaks, and after . ! ? followed by a space. */
export function sentences(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.replace(/\s+/g, " ").trim())
    .filter((sentence) => sentence.length > 0);
}

/** Where the first differing word is in each list: the length of their common beginning. */
function firstDifferences(a: string[], b: string[]): [number, number] {
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same += 1;
  return [Math.min(same, Math.max(a.length - 1, 0)), Math.min(same, Math.max(b.length - 1, 0))];
}

/** Words around `index` (a few before it), at most `maxChars` characters, with … where text was left out. */
function excerpt(words: string[], index: number, maxChars: number): string {
  if (words.length === 0) return "";
  const start = Math.max(0, index - 6);
  let text = start > 0 ? "…" : "";
  let end = start;
  while (end < words.length && text.length + words[end]!.length + 1 <= maxChars - 1) {
    text += (end > start ? " " : "") + words[end];
    end += 1;
  }
  if (end === start) text += words[start]!.slice(0, maxChars - 2); // one very long word
  if (end < words.length) text = text.slice(0, maxChars - 1) + "…";
  return text;
}
