import { describe, expect, it } from "vitest";
import { fill, placeholders } from "@/lib/fill";
import { getTranslator } from "@/lib/ui";

describe("filling an interface string", () => {
  it("puts each value in every place its {name} stands, numbers written out", () => {
    expect(fill("{count} results for {query}; {count} in all", { count: 3, query: "queja" })).toBe(
      "3 results for queja; 3 in all",
    );
    expect(fill("{n}", { n: 0 })).toBe("0");
  });

  it("leaves a placeholder it has no value for as written", () => {
    expect(fill("Reviewed {date} by {who}", { date: "today" })).toBe("Reviewed today by {who}");
    expect(fill("{ name } and {na-me}", { name: "x" })).toBe("{ name } and {na-me}");
  });

  it("lists the placeholders as written, in order, and none for plain text", () => {
    expect(placeholders("{count} results for {query}")).toEqual(["{count}", "{query}"]);
    expect(placeholders("No results.")).toEqual([]);
  });
});

describe("the translator of a language", () => {
  // On the small site in tests/fixtures/site: each string is its key, prefixed by the language in Spanish.
  it("gives the language's string, filled when values are given", () => {
    const t = getTranslator("es");
    expect(t("cite.label")).toBe("es:cite.label {n}");
    expect(t("cite.label", { n: 2 })).toBe("es:cite.label 2");
    expect(getTranslator("en")("cite.label", { n: 2 })).toBe("cite.label 2");
  });
});
