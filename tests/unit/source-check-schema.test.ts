import { describe, expect, it } from "vitest";
import { SourceRecordSchema } from "@/lib/source-check-schema";

/** The rules that tie a source record's fields together: each problem with its field and message. */
const FP = `sha256:${"b".repeat(64)}`;
const URL = "https://www.example.gov/policy";
const STORED = { url: URL, checked: "2026-11-28", method: "stored-copy" } as const;
const LIVE = { url: URL, checked: "2026-11-28", method: "live" } as const;

/** Each problem of a record as `field: message`; none for a valid record. */
function issues(record: object): string[] {
  const result = SourceRecordSchema.safeParse(record);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("a stored-copy record", () => {
  it("is valid with only its address, date, note and last working address", () => {
    expect(issues({ ...STORED, note: "Read from a stored copy.", lastWorking: { date: "2026-11-01", url: URL } })).toEqual([]);
  });

  it("names every field only a live check can have, each once", () => {
    const live = {
      verdict: "unchanged",
      finalUrl: URL,
      redirects: [],
      status: 200,
      contentType: "text/html",
      error: { kind: "dns", message: "No such host." },
      flags: [],
      textKind: "html",
      fingerprint: FP,
      text: "Text.",
    };
    expect(issues({ ...STORED, ...live })).toEqual(
      Object.keys(live).map((field) => `${field}: a stored-copy record was never fetched live, so it has no ${field}`),
    );
  });
});

describe("a live record", () => {
  it("needs a verdict, and says only that when it has none", () => {
    expect(issues(LIVE)).toEqual(["verdict: a live record needs a verdict"]);
  });

  it("when broken, needs an error, but neither fingerprint nor text kind", () => {
    expect(issues({ ...LIVE, verdict: "broken" })).toEqual(["error: a broken record must say what went wrong in error"]);
    expect(issues({ ...LIVE, verdict: "broken", error: { kind: "timeout", message: "No answer." } })).toEqual([]);
  });

  it("when not broken, needs both a fingerprint and a text kind", () => {
    const missing = "fingerprint: a live record that is not broken needs a fingerprint and textKind";
    expect(issues({ ...LIVE, verdict: "unchanged", textKind: "html" })).toEqual([missing]);
    expect(issues({ ...LIVE, verdict: "changed", fingerprint: FP })).toEqual([missing]);
    expect(issues({ ...LIVE, verdict: "new", fingerprint: FP, textKind: "pdf", text: "Text." })).toEqual([]);
  });

  it("keeps text only with a fingerprint to compare it by", () => {
    expect(issues({ ...LIVE, verdict: "broken", error: { kind: "http-4xx", message: "Not found." }, text: "Gone." })).toEqual([
      "text: text without a fingerprint cannot be compared",
    ]);
  });
});
