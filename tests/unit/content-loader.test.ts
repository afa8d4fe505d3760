import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError, getPage } from "@/lib/content";
import { SERVICE_NUMBER_PATTERN } from "@/lib/mdx-check";
import { validateContent } from "@/lib/validate-content";
import { copySite, editFile, removeSiteCopies } from "../fixtures/site";

/** Pages that each break one rule (tests/fixtures/content/en), and one valid page. */
const FIXTURES = path.join(process.cwd(), "tests/fixtures/content");

afterAll(removeSiteCopies);

/** Loads a fixture page and returns the error message it fails with. */
async function failure(slug: string): Promise<string> {
  try {
    await getPage("en", slug, FIXTURES);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error(`${slug}.mdx was expected to fail`);
}

describe("frontmatter", () => {
  it("names the file and the field when the title is missing", async () => {
    const message = await failure("missing-title");
    expect(message).toContain(path.join("tests/fixtures/content/en/missing-title.mdx"));
    expect(message).toContain('field "title"');
  });

  it("rejects a description outside 50 to 160 characters", async () => {
    expect(await failure("short-description")).toContain('field "description"');
  });

  it("rejects a lastReviewed that is not an ISO date", async () => {
    expect(await failure("bad-date")).toMatch(/field "lastReviewed": must be an ISO date/);
  });

  it("rejects a lastReviewed date that does not exist, instead of publishing the next valid day", async () => {
    expect(await failure("impossible-date")).toMatch(/field "lastReviewed": must be an ISO date/);
  });

  it("rejects unknown keys, so typos fail", async () => {
    expect(await failure("unknown-field")).toMatch(/titel/);
  });

  it("names the file and the position of an MDX syntax error, never a line 0", async () => {
    expect(await failure("broken-mdx")).toMatch(/broken-mdx\.mdx:\n {2}- line 9: Expected a closing tag for `<Callout>`$/);
  });
});

describe("citations", () => {
  it("fails on a citation key that is not in the registry, naming file and key", async () => {
    const message = await failure("dangling-citation");
    expect(message).toContain("dangling-citation.mdx");
    expect(message).toContain('"no-such-source" is not in content/resources.json');
  });

  it("fails when a cited source is missing from frontmatter `sources`, naming the line of its first use", async () => {
    const message = await failure("unlisted-citation");
    expect(message).toContain('line 9: <Cite id="city-page"> is used but "city-page" is missing from frontmatter `sources`');
    expect(message.match(/missing from frontmatter/g)).toHaveLength(1);
  });

  it("numbers citations in order of first use, once each", async () => {
    const page = await getPage("en", "valid", FIXTURES);
    expect(page?.citations).toEqual(["city-page"]);
  });
});

describe("ids and anchors", () => {
  it("collects every heading, step, FAQ and violation with its explicit id", async () => {
    const page = await getPage("en", "valid", FIXTURES);
    expect(page?.anchors.map(({ id, kind, level }) => ({ id, kind, level }))).toEqual([
      { id: "first-section", kind: "heading", level: 2 },
      { id: "step-one", kind: "step", level: 3 },
      { id: "a-question", kind: "faq", level: 2 },
      { id: "a-violation", kind: "violation", level: 2 },
    ]);
    expect(page?.anchors.find((a) => a.id === "a-question")).toMatchObject({
      title: "Is this a question?",
      text: "Yes.",
    });
  });

  it("keeps each anchor's body as the reader sees it: directory names and phones in, citation marks out", async () => {
    const page = await getPage("en", "valid", FIXTURES);
    const text = (id: string) => page?.anchors.find((a) => a.id === id)?.text;
    expect(text("step-one")).toBe("Body of step one.");
    expect(text("a-violation")).toBe("Text about A hotline.");
  });

  it("rejects a Markdown heading, which would have no explicit id", async () => {
    expect(await failure("markdown-heading")).toContain('use <H2 id="…">');
  });

  it("rejects an id used twice on a page", async () => {
    expect(await failure("duplicate-id")).toContain('id "same" is used twice');
  });

  it("rejects ids that are not lowercase words joined by hyphens", async () => {
    expect(await failure("bad-id")).toContain('id="Not A Good Id"');
  });

  it("rejects pasted URLs and phone numbers", async () => {
    const message = await failure("pasted-url");
    expect(message).toContain('do not paste "https://www.cityofsacramento.gov/opsa"');
    expect(message).toContain('do not type phone numbers ("(916) 808-7525")');
  });

  it("rejects a service number written in prose (City 311), which a reader could not tap to call", async () => {
    const message = await failure("bare-service-number");
    expect(message).toContain("line 9");
    expect(message).toContain('do not type phone numbers ("311")');
  });

  it("does not take other numbers for service numbers", () => {
    for (const text of [
      "Resolution 2017-0158",
      "in 2011",
      "section 7283.1",
      "3,911 people",
      "agenda file 2026-01177",
      "Chapter 12.73",
    ]) {
      expect(SERVICE_NUMBER_PATTERN.test(text), text).toBe(false);
    }
    for (const text of ["call 911", "City 311.", "拨打311", "(911)"]) expect(SERVICE_NUMBER_PATTERN.test(text), text).toBe(true);
  });

  it("rejects components that are not part of the site", async () => {
    expect(await failure("unknown-component")).toContain("<Marquee> is not an MDX component");
  });
});

describe("all the content at once", () => {
  it("loads every page, the directory and the interface strings, and finds nothing wrong in a valid site", async () => {
    expect(await validateContent(copySite({ everyLanguage: true }))).toEqual([]);
  }, 60_000);

  it("names a broken English page once, with its line, though each translation of it fails too", async () => {
    const root = copySite({ everyLanguage: true });
    editFile(root, "en/faq.mdx", (text) => text.replace('<Cite id="state-law" />', '<Cite id="state-lawe" />'));
    const problems = await validateContent(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /en\/faq\.mdx:\n {2}- line 15: <Cite id="state-lawe">: "state-lawe" is not in content\/resources\.json/,
    );
  }, 60_000);

  it("reports every broken file, each once", async () => {
    const root = copySite({ everyLanguage: true });
    editFile(root, "en/privacy.mdx", (text) => text.replace("title: Privacy", "titel: Privacy"));
    editFile(root, "es/ui.json", (text) => text.replace("es:cite.label {n}", "es:cite.label"));
    const problems = await validateContent(root);
    expect(problems).toHaveLength(2);
    expect(problems.find((problem) => problem.includes("en/privacy.mdx"))).toContain("titel");
    expect(problems.find((problem) => problem.includes("es/ui.json"))).toContain('"cite.label" must keep {n}');
  }, 60_000);
});
