import { describe, expect, it } from "vitest";
import { reviewTiming } from "../../../scripts/check-sources/cited-by";
import { decideVerdict, describeChanges, isOtherSite, sameAddress, sentences } from "../../../scripts/check-sources/compare";
import { classifyError } from "../../../scripts/check-sources/fetch-source";
import { runPool } from "../../../scripts/check-sources/pool";
import type { SourceRecord } from "../../../lib/source-check-schema";

const URL_A = "https://www.cityofsacramento.gov/opsa";
const FP_1 = `sha256:${"1".repeat(64)}`;
const FP_2 = `sha256:${"2".repeat(64)}`;
const live: SourceRecord = {
  url: URL_A,
  checked: "2026-11-28",
  method: "live",
  verdict: "new",
  fingerprint: FP_1,
  textKind: "html",
};
const storedCopy: SourceRecord = { url: URL_A, checked: "2026-11-28", method: "stored-copy" };
const seen = { url: URL_A, finalUrl: URL_A, error: null, fingerprint: FP_1, textKind: "html" as const };

describe("the verdict", () => {
  it("is unchanged or changed against a live record of the same URL", () => {
    expect(decideVerdict(seen, live)).toEqual({ verdict: "unchanged", textChanged: false });
    expect(decideVerdict({ ...seen, fingerprint: FP_2 }, live)).toEqual({ verdict: "changed", textChanged: true });
  });

  it("is new with no record, with a stored-copy record (never fetched live), or with a record of another URL", () => {
    expect(decideVerdict(seen, null).verdict).toBe("new");
    expect(decideVerdict({ ...seen, fingerprint: FP_2 }, storedCopy).verdict).toBe("new");
    expect(decideVerdict(seen, { ...live, url: "https://www.cityofsacramento.org/opsa" }).verdict).toBe("new");
  });

  it("is moved when the final URL differs, even for a stored-copy record, and says whether the text changed", () => {
    const moved = { ...seen, finalUrl: "https://www.cityofsacramento.gov/opsa/complaints" };
    expect(decideVerdict(moved, storedCopy)).toEqual({ verdict: "moved", textChanged: null });
    expect(decideVerdict({ ...moved, fingerprint: FP_2 }, live)).toEqual({ verdict: "moved", textChanged: true });
  });

  it("is broken whenever there is an error, before moved", () => {
    const error = { kind: "http-4xx" as const, message: "HTTP 404 Not Found" };
    expect(decideVerdict({ ...seen, finalUrl: `${URL_A}/x`, error, fingerprint: null, textKind: null }, live).verdict).toBe(
      "broken",
    );
    expect(decideVerdict({ ...seen, error: { kind: "soft-404", message: "" } }, storedCopy).verdict).toBe("broken");
  });

  it("compares addresses without their #fragment", () => {
    expect(sameAddress(`${URL_A}#complaints`, URL_A)).toBe(true);
    expect(sameAddress("https://EXAMPLE.org:443/a", "https://example.org/a")).toBe(true);
    expect(sameAddress(`${URL_A}/`, URL_A)).toBe(false);
  });
});

describe("another site", () => {
  it("is another host name or port, but not just a www. prefix", () => {
    expect(isOtherSite("https://www.cityofsacramento.org/opsa", "https://www.cityofsacramento.gov/opsa")).toBe(true);
    expect(isOtherSite("http://127.0.0.1:8001/", "http://127.0.0.1:8002/")).toBe(true);
    expect(isOtherSite("https://cityofsacramento.gov/a", "https://www.cityofsacramento.gov/b")).toBe(false);
  });
});

describe("the excerpt of what changed", () => {
  const before = "OPSA takes complaints.\nCall (916) 808-7525 or visit Historic City Hall, 3rd Floor. Open 8 to 5.";

  it("shows the removed and added words around the first difference", () => {
    const changes = describeChanges(before, before.replace("808-7525", "808-7600"));
    expect(changes).toMatchObject({ removedSentences: 1, addedSentences: 1 });
    expect(changes.removed).toBe("Call (916) 808-7525 or visit Historic City Hall, 3rd Floor.");
    expect(changes.added).toBe("Call (916) 808-7600 or visit Historic City Hall, 3rd Floor.");
  });

  it("keeps each excerpt to at most 200 characters, starting a few words before the difference", () => {
    const long = (word: string) =>
      `${"The City Council met and discussed many items on its agenda that evening ".repeat(6)}and approved ${word} then adjourned ${"after a long public comment period ".repeat(6)}.`;
    const changes = describeChanges(long("item 29"), long("item 30"));
    expect(changes.removed.length).toBeLessThanOrEqual(200);
    expect(changes.added.length).toBeLessThanOrEqual(200);
    expect(changes.removed).toMatch(/^….*approved item 29 then/);
    expect(changes.added).toMatch(/^….*approved item 30 then.*…$/);
  });

  it("shows only additions when only text was added, and says when sentences were only reordered", () => {
    expect(describeChanges("A. B.", "A. B. New rule.")).toMatchObject({ removed: "", added: "New rule.", addedSentences: 1 });
    expect(describeChanges("A one. B two.", "B two. A one.").note).toContain("different order");
  });

  it("compares only the kept start of the page when the old text was capped", () => {
    const changes = describeChanges("Intro. Middle. Cut her", "Intro. Middle. Cut here fully. More at the end.", true);
    expect(changes).toMatchObject({ removed: "", added: "" });
    expect(changes.note).toContain("further down");
  });

  it("splits sentences at line breaks and after . ! ?", () => {
    expect(sentences("One. Two! Three?\nFour  five")).toEqual(["One.", "Two!", "Three?", "Four five"]);
  });
});

describe("pages reviewed before or after the change", () => {
  it("is after when reviewed on or after the day the change was seen", () => {
    expect(reviewTiming("2026-12-07", "2026-11-28", "2026-12-07")).toBe("after");
  });
  it("is before when reviewed on or before the last recorded check", () => {
    expect(reviewTiming("2026-11-28", "2026-11-28", "2026-12-07")).toBe("before");
    expect(reviewTiming(null, "2026-11-28", "2026-12-07")).toBe("before");
    expect(reviewTiming("2026-12-01", null, "2026-12-07")).toBe("before");
  });
  it("is between when reviewed after the last recorded check but before this one", () => {
    expect(reviewTiming("2026-12-01", "2026-11-28", "2026-12-07")).toBe("between");
  });
});

describe("network errors are named", () => {
  const fetchFailed = (code: string) =>
    Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(`${code} message`), { code }) });
  it.each([
    ["ENOTFOUND", "dns"],
    ["EAI_AGAIN", "dns"],
    ["CERT_HAS_EXPIRED", "tls"],
    ["ERR_TLS_CERT_ALTNAME_INVALID", "tls"],
    ["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "tls"],
    ["UND_ERR_CONNECT_TIMEOUT", "timeout"],
    ["ECONNREFUSED", "connection"],
    ["ECONNRESET", "connection"],
  ])("%s is %s", (code, kind) => {
    const error = classifyError(fetchFailed(code));
    expect(error.kind).toBe(kind);
    expect(error.message).toContain(code);
  });
});

describe("the request pool", () => {
  it("runs at most `limit` at once and never two of the same host, keeping the order of results", async () => {
    const running = new Map<string, number>();
    let maxTotal = 0;
    let maxSameHost = 0;
    const items = ["a/1", "a/2", "b/1", "c/1", "a/3", "b/2", "d/1", "e/1"];
    const results = await runPool(
      items,
      3,
      (item) => item.split("/")[0]!,
      async (item) => {
        const host = item.split("/")[0]!;
        running.set(host, (running.get(host) ?? 0) + 1);
        maxSameHost = Math.max(maxSameHost, running.get(host)!);
        maxTotal = Math.max(
          maxTotal,
          [...running.values()].reduce((sum, n) => sum + n, 0),
        );
        await new Promise((resolve) => setTimeout(resolve, 10));
        running.set(host, running.get(host)! - 1);
        return item.toUpperCase();
      },
    );
    expect(results).toEqual(items.map((item) => item.toUpperCase()));
    expect(maxSameHost).toBe(1);
    expect(maxTotal).toBe(3);
  });

  it("finishes at once with nothing to do", async () => {
    await expect(runPool([], 4, String, async () => 1)).resolves.toEqual([]);
  });
});
