import fs from "node:fs";
import { z } from "zod";
import type { SourceCheck } from "./check";
import { sameAddress } from "./compare";
import { SourceCheckStateSchema, TEXT_CAP, type SourceCheckState, type SourceRecord } from "../../lib/source-check-schema";

/** A state file that cannot be read or is not valid; the message names the file and the problem. */
export class StateFileError extends Error {}

/** Reads and validates a state file. A missing file is an empty state (`existed: false`); a broken one throws StateFileError. */
export function readState(file: string): { state: SourceCheckState; existed: boolean } {
  let source: string;
  try {
    source = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { state: { sources: {} }, existed: false };
    throw new StateFileError(`${file}: cannot be read (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new StateFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return { state: parseState(json, file), existed: true };
}

/** Validates state data against SourceCheckStateSchema; throws StateFileError naming `file` and each problem. */
export function parseState(json: unknown, file: string): SourceCheckState {
  const parsed = SourceCheckStateSchema.safeParse(json);
  if (!parsed.success) throw new StateFileError(`${file}: not a valid source-check state\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Writes a state file: validated, keys in alphabetical order, two-space JSON. */
export function writeState(file: string, state: SourceCheckState): void {
  const valid = parseState(state, file);
  const sorted = Object.fromEntries(Object.entries(valid.sources).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(file, `${JSON.stringify({ ...valid, sources: sorted }, null, 2)}\n`);
}

/**
 * Returns a new state in which every check is recorded as reviewed on `today` (what `--update`
 * does, after a person has read the report). A broken source keeps its last good text and
 * fingerprint, so the next working check is compared with them. An invalid URL is not recorded.
 */
export function recordChecks(state: SourceCheckState, checks: SourceCheck[], today: string): SourceCheckState {
  const sources = { ...state.sources };
  for (const check of checks) {
    if (check.error?.kind === "invalid-url") continue;
    const previous = check.previous;
    const record: SourceRecord = { url: check.url, checked: today, method: "live", verdict: check.verdict };
    if (check.fetch.finalUrl !== check.url || check.fetch.redirects.length > 0) record.finalUrl = check.fetch.finalUrl;
    if (check.fetch.redirects.length > 0) record.redirects = check.fetch.redirects;
    if (check.fetch.status !== null) record.status = check.fetch.status;
    if (check.fetch.contentType) record.contentType = check.fetch.contentType.slice(0, 300);
    if (check.error) record.error = check.error;
    if (check.flags.length > 0) record.flags = check.flags;

    if (!check.error && check.fingerprint && check.readable) {
      record.textKind = check.readable.kind;
      record.fingerprint = check.fingerprint;
      if (check.readable.kind !== "bytes") record.text = capText(check.readable.text);
      record.lastWorking = { date: today, url: check.fetch.finalUrl };
    } else {
      if (previous?.fingerprint && sameAddress(previous.url, check.url)) {
        record.textKind = previous.textKind;
        record.fingerprint = previous.fingerprint;
        if (previous.text !== undefined) record.text = previous.text;
      }
      if (previous?.lastWorking) record.lastWorking = previous.lastWorking;
    }
    sources[check.key] = record;
  }
  return { ...state, sources };
}

/** Keeps at most TEXT_CAP characters of text, cut at a space so no word is split. */
export function capText(text: string): string {
  if (text.length <= TEXT_CAP) return text;
  const cut = text.lastIndexOf(" ", TEXT_CAP);
  return text.slice(0, cut > TEXT_CAP - 200 ? cut : TEXT_CAP);
}

/** True when a stored text was probably cut by capText (it is within a few words of the cap). */
export function textWasCapped(text: string): boolean {
  return text.length > TEXT_CAP - 200;
}
