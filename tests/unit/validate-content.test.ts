import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateContent } from "@/lib/validate-content";
import { copySite, editFile, removeSiteCopies } from "../fixtures/site";

// Checking all the content at once, on copies of the small site in tests/fixtures/site.

afterAll(removeSiteCopies);

const relative = (root: string, file: string) => path.relative(process.cwd(), path.join(root, file));

describe("checking all the content", () => {
  it("goes on after a broken registry and reports the other broken files too", async () => {
    const root = copySite();
    editFile(root, "resources.json", (text) => text.replace("[", "[,"));
    fs.writeFileSync(path.join(root, "source-checks.json"), "{}");
    const problems = await validateContent(root, ["en"]);
    expect(problems[0]).toBe(`${relative(root, "resources.json")}:\n  - line 1: not valid JSON: Unexpected token ','`);
    expect(problems[1]).toBe(`${relative(root, "source-checks.json")}:\n  - line 1: "sources" is missing`);
    // Every page of English cites the registry: each fails with the registry's own message, reported once.
    expect(problems.filter((problem) => problem.includes("not valid JSON"))).toHaveLength(1);
  });

  it("checks only the languages it is given, and that every language has every page", async () => {
    const root = copySite({ everyLanguage: true });
    editFile(root, "es/privacy.mdx", (text) => text.replace("title: Privacidad", "titel: Privacidad"));
    expect(await validateContent(root, ["en"])).toEqual([]);
    const problems = await validateContent(root, ["es"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(
      `${relative(root, "es/privacy.mdx")}:\n` +
        '  - line 2: frontmatter field "title" is missing\n' +
        '  - line 2: frontmatter field "titel" is not a known field',
    );
  });

  it("reports a language folder that is missing, with each file it lacks", async () => {
    const root = copySite({ everyLanguage: true });
    fs.rmSync(path.join(root, "vi"), { recursive: true });
    const problems = await validateContent(root, ["en", "vi"]);
    expect(problems[0]).toMatch(
      /^content:\n {2}- vi: content\/vi\/index\.mdx is missing \(English has content\/en\/index\.mdx\)/,
    );
    expect(problems.slice(1, 3)).toEqual([
      `${relative(root, "vi/ui.json")}:\n  - cannot be read (ENOENT)`,
      `${relative(root, "vi/resources.json")}:\n  - cannot be read (ENOENT)`,
    ]);
    expect(problems[3]?.match(/ENOENT[^,]*, \w+ '([^']+)'/)?.[1]).toBe(path.join(root, "vi"));
    expect(problems).toHaveLength(4);
  });
});
