import { describe, expect, it } from "vitest";
import { z } from "zod";
import { valueLineOf } from "@/lib/json-lines";
import { ContentError, IsoDateSchema, parseContent, RegistrySchema, ResourceSchema } from "@/lib/schema";

/** Each problem zod finds, as its kind (`custom` for a rule of our own), path and message. */
function issues(schema: z.ZodType, raw: unknown): { code: string; path: PropertyKey[]; message: string }[] {
  const parsed = schema.safeParse(raw);
  return parsed.success ? [] : parsed.error.issues.map(({ code, path, message }) => ({ code, path, message }));
}

/** A registry entry that is valid as it is: verified, with an https URL and no phone. */
const entry = {
  key: "city-page",
  name: "City page",
  kind: "office",
  group: "city-policy",
  url: "https://www.example.gov/page",
  verification: "verified",
  verifiedFrom: ["https://www.example.gov/page"],
};

describe("parsing content", () => {
  it("returns the data with its defaults filled in", () => {
    expect(parseContent(ResourceSchema, entry, "content/resources.json")).toEqual({ ...entry, phones: [] });
  });

  it("fails naming the file, then every wrong field", () => {
    const { kind: _kind, ...withoutKind } = entry;
    expect(() => parseContent(ResourceSchema, { ...withoutKind, name: 3 }, "content/resources.json")).toThrow(
      new ContentError("content/resources.json", [
        '"name": Invalid input: expected string, received number',
        '"kind" is missing',
      ]),
    );
  });

  it("names each wrong field's line when it is told where values are", () => {
    const text = `[\n  {\n    "key": "city-page",\n    "name": 3\n  }\n]\n`;
    expect(() => parseContent(RegistrySchema, JSON.parse(text), "content/resources.json", valueLineOf(text))).toThrow(
      /^content\/resources\.json:\n {2}- line 4: \[0\]\.name: Invalid input: expected string, received number\n {2}- line 2: \[0\]\.kind is missing\n/,
    );
  });

  it("names a mistyped field on its own line, each one once", () => {
    const text = `[\n  {\n    "key": "city-page",\n    "nme": "City",\n    "knd": "city"\n  }\n]\n`;
    const error = (() => {
      try {
        parseContent(RegistrySchema, JSON.parse(text), "content/resources.json", valueLineOf(text));
      } catch (thrown) {
        return thrown as Error;
      }
    })();
    expect(error?.message).toContain("\n  - line 4: [0].nme is not a known field\n  - line 5: [0].knd is not a known field");
  });
});

describe("dates", () => {
  it("accept an ISO date that exists, including 29 February of a leap year", () => {
    expect(IsoDateSchema.parse("2026-11-28")).toBe("2026-11-28");
    expect(IsoDateSchema.parse("2028-02-29")).toBe("2028-02-29");
  });

  it("reject a date that does not exist, other text, and Date objects, saying what a date looks like", () => {
    const message = "must be an ISO date such as 2026-11-28";
    const messages = (raw: unknown) => issues(IsoDateSchema, raw).map((issue) => issue.message);
    expect(messages("2026-02-30")).toEqual([message]);
    expect(messages("2026-13-01")).toEqual([message]);
    expect(messages("2026-02-29")).toEqual([message]);
    expect(messages("28/11/2026")).toEqual([message]);
    expect(messages("2026-11-28T10:00:00Z")).toEqual([message]);
    expect(messages(new Date("2026-11-28T00:00:00Z"))).toEqual([message]);
  });
});

describe("a registry entry", () => {
  const httpMessage = "must be an https:// URL (http only for a verified entry whose exact URL is in `verifiedFrom`)";

  it("links over http only when that exact address was verified", () => {
    const http = { ...entry, url: "http://www.example.gov/page" };
    expect(issues(ResourceSchema, http)).toEqual([{ code: "custom", path: ["url"], message: httpMessage }]);
    expect(issues(ResourceSchema, { ...http, verifiedFrom: ["http://www.example.gov/page"] })).toEqual([]);
    expect(
      issues(ResourceSchema, {
        ...http,
        verifiedFrom: ["http://www.example.gov/page"],
        verification: "inferred",
        checkBeforeLaunch: "Check the address.",
      }),
    ).toEqual([{ code: "custom", path: ["url"], message: httpMessage }]);
    expect(issues(ResourceSchema, { ...entry, url: "https://www.example.gov/other" })).toEqual([]);
  });

  it("that is verified has a URL or a phone", () => {
    const message = "a verified entry needs a url or a phone";
    expect(issues(ResourceSchema, { ...entry, url: null })).toEqual([{ code: "custom", path: ["url"], message }]);
    expect(issues(ResourceSchema, { ...entry, url: null, phones: [{ id: "main", display: "3-1-1", tel: "311" }] })).toEqual([]);
  });

  it("that is not verified says what to check before launch", () => {
    const message = "an entry that is not verified must say what to check in `checkBeforeLaunch`";
    for (const verification of ["inferred", "not-found"]) {
      expect(issues(ResourceSchema, { ...entry, verification }), verification).toEqual([
        { code: "custom", path: ["checkBeforeLaunch"], message },
      ]);
      expect(issues(ResourceSchema, { ...entry, verification, checkBeforeLaunch: "" }), verification).toEqual([
        { code: "custom", path: ["checkBeforeLaunch"], message },
      ]);
      expect(
        issues(ResourceSchema, { ...entry, url: null, verification, checkBeforeLaunch: "Find the page." }),
        verification,
      ).toEqual([]);
    }
  });
});

describe("the registry", () => {
  it("names each key used twice, at the entry that repeats it", () => {
    const other = { ...entry, key: "other-page" };
    expect(issues(RegistrySchema, [entry, other, entry, other, entry])).toEqual([
      { code: "custom", path: [2, "key"], message: 'duplicate key "city-page"' },
      { code: "custom", path: [3, "key"], message: 'duplicate key "other-page"' },
      { code: "custom", path: [4, "key"], message: 'duplicate key "city-page"' },
    ]);
    expect(issues(RegistrySchema, [entry, other])).toEqual([]);
  });
});
