import { describe, expect, it } from "vitest";
import { jsonErrorAt, valueLineOf, lineAt } from "@/lib/json-lines";

/** Where this Node's JSON.parse stops in a text, as jsonErrorAt reads it: line and reason. */
function stop(text: string): { line?: number; reason: string } {
  try {
    JSON.parse(text);
  } catch (error) {
    const { offset, reason } = jsonErrorAt((error as Error).message, text);
    return { line: offset === undefined ? undefined : lineAt(text, offset), reason };
  }
  throw new Error("expected the text not to be JSON");
}

describe("where JSON.parse stopped", () => {
  const file = (middle: string) => `{\n  "first": "${"a".repeat(40)}",\n${middle}\n  "last": "${"z".repeat(40)}"\n}\n`;

  it("is read from the position the parser names", () => {
    expect(stop(file('  "two": 2,,'))).toEqual({ line: 3, reason: "Expected double-quoted property name" });
  });

  it("is found from the text the parser quotes around an unexpected token, in the middle of a file", () => {
    expect(stop(file('  "list": [1, 2,],'))).toEqual({ line: 3, reason: "Unexpected token ']'" });
    expect(stop(file('  "flag": tru,')).line).toBe(3);
  });

  it("is found at the start and at the end of a file too", () => {
    expect(stop(`[,\n  1\n]`)).toEqual({ line: 1, reason: "Unexpected token ','" });
    expect(stop(`[\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n]`)).toEqual({ line: 8, reason: "Unexpected token ']'" });
  });

  it("is not guessed when the message says nothing of where", () => {
    expect(jsonErrorAt("Unexpected end of JSON input", "{")).toEqual({ reason: "Unexpected end of JSON input" });
  });
});

describe("the line of a value", () => {
  const text = `{\n  "entries": {\n    "opsa": {\n      "use": "Complaints",\n      "tags": ["a",\n        "b"]\n    }\n  }\n}\n`;
  const lineOf = valueLineOf(text);

  it("is where the value at a path starts", () => {
    expect(lineOf(["entries", "opsa", "use"])).toBe(4);
    expect(lineOf(["entries", "opsa", "tags", 1])).toBe(6);
  });

  it("is where the nearest enclosing value starts when the path does not exist", () => {
    expect(lineOf(["entries", "opsa", "name"])).toBe(3);
    expect(lineOf(["missing"])).toBe(1);
    expect(lineOf([])).toBe(1);
  });
});
