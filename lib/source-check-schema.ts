import { z } from "zod";
import { IsoDateSchema } from "./schema";
import { ERROR_KINDS, FLAGS, TEXT_KINDS, VERDICTS, type Verdict } from "./source-check-types";

/**
 * The schema of `content/source-checks.json`: the last reviewed state of every cited source.
 * Pure (no file access), so the site can import it. Objects are strict: a typo fails.
 */

/** At most this many characters of a page's readable text are kept, to show what changed next time. */
export const TEXT_CAP = 20_000;

const KeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a registry key: lowercase letters, digits and single hyphens");
const HttpUrlSchema = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });

const RedirectSchema = z.strictObject({
  status: z.number().int().min(300).max(399),
  from: z.string(),
  to: z.string(),
});

/** One source's last reviewed check. */
export const SourceRecordSchema = z
  .strictObject({
    /** Required. The address that was checked (the registry's `url` at the time). */
    url: HttpUrlSchema,
    /** Required. The date of the check (live), or of the stored copy the entry was verified from. */
    checked: IsoDateSchema,
    /**
     * Required. `live`: this tool fetched the address on `checked`. `stored-copy`: nobody fetched it
     * live; the facts were read from a stored copy of an official page on that date.
     */
    method: z.enum(["live", "stored-copy"]),
    /** Live checks only: the verdict the reviewer accepted. */
    verdict: z.enum(VERDICTS).optional(),
    /** Live checks only: the address reached after redirects, and each redirect. */
    finalUrl: HttpUrlSchema.optional(),
    redirects: z.array(RedirectSchema).optional(),
    /** Live checks only: the last HTTP status and Content-Type. */
    status: z.number().int().min(100).max(599).optional(),
    contentType: z.string().max(300).optional(),
    /** Live checks only, when broken: what went wrong. */
    error: z.strictObject({ kind: z.enum(ERROR_KINDS), message: z.string() }).optional(),
    flags: z.array(z.enum(FLAGS)).optional(),
    /** Live checks only: how the text was read, its fingerprint, and the start of the text itself. */
    textKind: z.enum(TEXT_KINDS).optional(),
    fingerprint: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/, "must be sha256: and 64 hex digits")
      .optional(),
    text: z.string().max(TEXT_CAP, `must be at most ${TEXT_CAP} characters`).optional(),
    /** The last date the page answered with content, and where (kept while a source is broken). */
    lastWorking: z.strictObject({ date: IsoDateSchema, url: HttpUrlSchema }).optional(),
    /** Optional. A sentence for reviewers, e.g. how a stored copy was found. */
    note: z.string().min(1).max(500).optional(),
  })
  .superRefine((record, ctx) => {
    const liveOnly = [
      "verdict",
      "finalUrl",
      "redirects",
      "status",
      "contentType",
      "error",
      "flags",
      "textKind",
      "fingerprint",
      "text",
    ] as const;
    if (record.method === "stored-copy") {
      for (const field of liveOnly) {
        if (record[field] !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: [field],
            message: "a stored-copy record was never fetched live, so it has no " + field,
          });
        }
      }
      return;
    }
    if (!record.verdict) ctx.addIssue({ code: "custom", path: ["verdict"], message: "a live record needs a verdict" });
    if (record.verdict === "broken" && !record.error) {
      ctx.addIssue({ code: "custom", path: ["error"], message: "a broken record must say what went wrong in error" });
    }
    if (record.verdict && record.verdict !== "broken" && (!record.fingerprint || !record.textKind)) {
      ctx.addIssue({
        code: "custom",
        path: ["fingerprint"],
        message: "a live record that is not broken needs a fingerprint and textKind",
      });
    }
    if (record.text !== undefined && !record.fingerprint) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "text without a fingerprint cannot be compared" });
    }
  });
export type SourceRecord = z.infer<typeof SourceRecordSchema>;

/** `content/source-checks.json`: one record per registry key. */
export const SourceCheckStateSchema = z.strictObject({
  /** Optional. A sentence for people who open the file. */
  about: z.string().optional(),
  /** Required. The records, by registry key. */
  sources: z.record(KeySchema, SourceRecordSchema),
});
export type SourceCheckState = z.infer<typeof SourceCheckStateSchema>;

/** What the site shows about a source's last check. */
export interface LastCheck {
  /** ISO date of the check. */
  date: string;
  /** `live`, or `stored-copy` when the page was only read from a stored copy (say so to readers). */
  method: "live" | "stored-copy";
  /** The reviewed verdict of a live check; null for a stored copy. */
  verdict: Verdict | null;
  /** The last address known to answer with content, or null when none is known. */
  lastWorkingUrl: string | null;
}

/** The last reviewed check of `key`, or null when it was never checked. */
export function lastCheck(state: SourceCheckState, key: string): LastCheck | null {
  const record = Object.hasOwn(state.sources, key) ? state.sources[key] : undefined;
  if (!record) return null;
  return {
    date: record.checked,
    method: record.method,
    verdict: record.verdict ?? null,
    lastWorkingUrl: record.lastWorking?.url ?? null,
  };
}
