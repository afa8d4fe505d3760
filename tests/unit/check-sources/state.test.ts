import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { SourceCheck } from "../../../scripts/check-sources/check";
import { StateFileError, capText, parseState, readState, recordChecks } from "../../../scripts/check-sources/state";
import { TEXT_CAP, lastCheck, type SourceCheckState } from "../../../lib/source-check-schema";
import { removeTempDirs, tempDir } from "../../fixtures/check-sources/run-cli";

afterAll(removeTempDirs);

const FP = `sha256:${"a".repeat(64)}`;
const URL_A = "https://www.cityofsacramento.gov/opsa";

/** The message StateFileError gives for `data`, or "" when it is valid. */
function problem(data: unknown): string {
  try {
    parseState(data, "content/source-checks.json");
    return "";
  } catch (error) {
    expect(error).toBeInstanceOf(StateFileError);
    return (error as Error).message;
  }
}

describe("the state file schema", () => {
  it("rejects a broken file, naming the file, the field and the problem", () => {
    const message = problem({ sources: { opsa: { url: URL_A, checked: "28/11/2026", method: "stored-copy" } } });
    expect(message).toContain("content/source-checks.json");
    expect(message).toContain("sources.opsa.checked");
    expect(message).toContain("ISO date");
  });

  it("rejects an unknown field, a bad key, a bad method and a non-http URL", () => {
    expect(problem({ sources: { opsa: { url: URL_A, checked: "2026-11-28", method: "stored-copy", cheked: "x" } } })).toContain(
      "cheked",
    );
    expect(problem({ sources: { OPSA: { url: URL_A, checked: "2026-11-28", method: "stored-copy" } } })).toContain(
      "sources.OPSA",
    );
    expect(problem({ sources: { opsa: { url: URL_A, checked: "2026-11-28", method: "guessed" } } })).toContain("method");
    expect(problem({ sources: { opsa: { url: "ftp://example.org/", checked: "2026-11-28", method: "stored-copy" } } })).toContain(
      "http",
    );
    expect(problem([])).not.toBe("");
  });

  it("rejects a stored-copy record that claims a fingerprint, and a live record without a verdict", () => {
    expect(
      problem({
        sources: { opsa: { url: URL_A, checked: "2026-11-28", method: "stored-copy", fingerprint: FP, textKind: "html" } },
      }),
    ).toContain("never fetched live");
    expect(
      problem({ sources: { opsa: { url: URL_A, checked: "2026-11-28", method: "live", fingerprint: FP, textKind: "html" } } }),
    ).toContain("verdict");
  });

  it("rejects a broken live record that does not say what went wrong", () => {
    expect(problem({ sources: { opsa: { url: URL_A, checked: "2026-11-28", method: "live", verdict: "broken" } } })).toContain(
      "error",
    );
  });

  it("rejects text longer than the cap", () => {
    const record = {
      url: URL_A,
      checked: "2026-11-28",
      method: "live",
      verdict: "new",
      fingerprint: FP,
      textKind: "html",
      text: "x".repeat(TEXT_CAP + 1),
    };
    expect(problem({ sources: { opsa: record } })).toContain("at most");
  });

  it("is read from a file, a missing file being an empty state and bad JSON an error naming the file", () => {
    const dir = tempDir();
    expect(readState(path.join(dir, "none.json"))).toEqual({ state: { sources: {} }, existed: false });
    fs.writeFileSync(path.join(dir, "bad.json"), "{ not json");
    expect(() => readState(path.join(dir, "bad.json"))).toThrow(/bad\.json: not valid JSON/);
  });
});

describe("lastCheck, for the site", () => {
  const state: SourceCheckState = {
    sources: {
      opsa: { url: URL_A, checked: "2026-11-28", method: "stored-copy", lastWorking: { date: "2026-11-28", url: URL_A } },
      gone: {
        url: `${URL_A}/old`,
        checked: "2027-01-04",
        method: "live",
        verdict: "broken",
        status: 404,
        error: { kind: "http-4xx", message: "HTTP 404 Not Found" },
        lastWorking: { date: "2026-12-20", url: `${URL_A}/old` },
      },
    },
  };

  it("gives the date, method, verdict and last working URL of a key", () => {
    expect(lastCheck(state, "opsa")).toEqual({ date: "2026-11-28", method: "stored-copy", verdict: null, lastWorkingUrl: URL_A });
    expect(lastCheck(state, "gone")).toEqual({
      date: "2027-01-04",
      method: "live",
      verdict: "broken",
      lastWorkingUrl: `${URL_A}/old`,
    });
  });

  it("is null for a key never checked", () => {
    expect(lastCheck(state, "never")).toBeNull();
    expect(lastCheck(state, "constructor")).toBeNull();
  });
});

describe("recording a reviewed run (--update)", () => {
  const fetched = {
    url: URL_A,
    finalUrl: URL_A,
    redirects: [],
    status: 200,
    contentType: "text/html",
    body: null,
    truncated: false,
    error: null,
    elapsedMs: 5,
  };
  const working: SourceCheck = {
    key: "opsa",
    url: URL_A,
    fetch: fetched,
    readable: { kind: "html", text: "Call (916) 808-7525.", title: "OPSA" },
    fingerprint: FP,
    flags: [],
    error: null,
    verdict: "new",
    textChanged: null,
    changes: null,
    previous: null,
  };

  it("records a working page as a live check with its fingerprint, text and last working URL", () => {
    const state = recordChecks({ sources: {} }, [working], "2026-12-07");
    expect(state.sources.opsa).toEqual({
      url: URL_A,
      checked: "2026-12-07",
      method: "live",
      verdict: "new",
      status: 200,
      contentType: "text/html",
      textKind: "html",
      fingerprint: FP,
      text: "Call (916) 808-7525.",
      lastWorking: { date: "2026-12-07", url: URL_A },
    });
    expect(() => parseState(state, "state.json")).not.toThrow();
  });

  it("keeps the last good text and fingerprint while a source is broken", () => {
    const good = recordChecks({ sources: {} }, [working], "2026-12-07");
    const error = { kind: "http-5xx" as const, message: "HTTP 503 Service Unavailable" };
    const broken: SourceCheck = {
      ...working,
      readable: null,
      fingerprint: null,
      error,
      verdict: "broken",
      fetch: { ...fetched, status: 503 },
      previous: good.sources.opsa!,
    };
    const state = recordChecks(good, [broken], "2026-12-14");
    expect(state.sources.opsa).toMatchObject({
      checked: "2026-12-14",
      verdict: "broken",
      status: 503,
      error,
      fingerprint: FP,
      text: "Call (916) 808-7525.",
      lastWorking: { date: "2026-12-07" },
    });
    expect(() => parseState(state, "state.json")).not.toThrow();
  });

  it("does not record an entry whose URL is malformed", () => {
    const invalid: SourceCheck = {
      ...working,
      url: "htp:/x",
      error: { kind: "invalid-url", message: "bad" },
      verdict: "broken",
      readable: null,
      fingerprint: null,
    };
    expect(recordChecks({ sources: {} }, [invalid], "2026-12-07").sources).toEqual({});
  });

  it("caps the stored text at a word boundary", () => {
    const capped = capText(`${"word ".repeat(TEXT_CAP)}`);
    expect(capped.length).toBeLessThanOrEqual(TEXT_CAP);
    expect(capped.endsWith("word")).toBe(true);
  });
});
