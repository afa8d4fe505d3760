import { bundleMDX } from "mdx-bundler";
import { describe, expect, it } from "vitest";
import { getRegistry } from "@/lib/content";
import { noFacts, remarkCheckContent, type Facts } from "@/lib/mdx-check";

/**
 * The content check on its own, on small pages written here: each rule's message, with its line.
 * The registry is the small site's (tests/fixtures/site/resources.json).
 */
async function check(source: string, sources?: unknown, translated = false): Promise<Facts> {
  const facts = noFacts();
  const registry = getRegistry();
  await bundleMDX({
    source,
    esbuildOptions: (options) => ({ ...options, logLevel: "silent" }),
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), [remarkCheckContent, { facts, registry, sources, translated }]];
      return options;
    },
  });
  return facts;
}

const problems = async (source: string, sources?: unknown) => (await check(source, sources)).problems;

const HEADING_RULE = 'use <H2 id="…"> or <H3 id="…"> instead of a Markdown heading, so its id is explicit';
const CODE_RULE = "MDX files cannot import or export code; use the components in components/mdx";
const EXPRESSION_RULE = "`{…}` expressions are not allowed in content";

describe("Markdown and code a content page may not use", () => {
  it("names the line of a Markdown heading, counting the frontmatter's lines", async () => {
    expect(await problems("---\ntitle: A page\n---\n\nIntro.\n\n## A section\n")).toEqual([`line 7: ${HEADING_RULE}`]);
  });

  it("names the line of an export, but not the frontmatter export the compiler adds", async () => {
    expect(await problems("---\ntitle: A page\n---\n\nText.\n")).toEqual([]);
    expect(await problems("Text.\n\nexport const a = 1\n")).toEqual([`line 3: ${CODE_RULE}`]);
  });

  it("names the line of a block expression and of an inline expression", async () => {
    expect(await problems("{1 + 1}\n\nSome {2} words.\n")).toEqual([`line 1: ${EXPRESSION_RULE}`, `line 3: ${EXPRESSION_RULE}`]);
  });

  it("finds nothing wrong in plain paragraphs", async () => {
    expect(await problems("One paragraph.\n\nAnother *one*, with a [link](/en/faq).\n")).toEqual([]);
  });
});

describe("links", () => {
  const pasted = (url: string) => `do not paste "${url}": add it to content/resources.json and use <Resource id="…">`;

  it("rejects every pasted web, mail or phone address, whatever its case, naming the line and the address", async () => {
    const source = [
      "[a](https://example.gov/a)",
      "[b](http://example.gov/b)",
      "[c](mailto:someone@example.gov)",
      "[d](tel:+19165550100)",
      "[e](//example.gov/e)",
      "[f](HTTPS://EXAMPLE.GOV/F)",
    ].join("\n\n");
    expect(await problems(source)).toEqual([
      `line 1: ${pasted("https://example.gov/a")}`,
      `line 3: ${pasted("http://example.gov/b")}`,
      `line 5: ${pasted("mailto:someone@example.gov")}`,
      `line 7: ${pasted("tel:+19165550100")}`,
      `line 9: ${pasted("//example.gov/e")}`,
      `line 11: ${pasted("HTTPS://EXAMPLE.GOV/F")}`,
    ]);
  });

  it("collects links to the site's own pages, in order, and does not take a relative or mid-path address for either", async () => {
    const facts = await check("[a](/en/faq) and [b](/es/) and [c](faq/) and [d](/go?to=https://x.gov)\n");
    expect(facts.problems).toEqual([]);
    expect(facts.internalLinks).toEqual(["/en/faq", "/es/", "/go?to=https://x.gov"]);
  });
});

describe("typed phone numbers", () => {
  const typed = (number: string) => `do not type phone numbers ("${number}"): use <Phone id="…"> or <Contact id="…">`;

  it("names the line and the number typed, whether a full number or a service number", async () => {
    expect(await problems("Call 916-555-0100 today.\n\nOr dial 911.\n\nOr (916) 555-0123.\n")).toEqual([
      `line 1: ${typed("916-555-0100")}`,
      `line 3: ${typed("911")}`,
      `line 5: ${typed("(916) 555-0123")}`,
    ]);
  });

  it("names the full number when a paragraph holds both kinds", async () => {
    expect(await problems("Dial 311 or 916.555-0100.\n")).toEqual([`line 1: ${typed("916.555-0100")}`]);
  });
});

describe("components and their attributes", () => {
  it("names an element that is not a component of the site, and a fragment", async () => {
    expect(await problems("<Marquee>Hi</Marquee>\n\n<>Hi</>\n")).toEqual([
      "line 1: <Marquee> is not an MDX component of this site (see components/mdx/index.ts)",
      "line 3: <fragment> is not an MDX component of this site (see components/mdx/index.ts)",
    ]);
  });

  it("lists each component used once, in order of first use", async () => {
    const facts = await check("<Callout>A</Callout>\n\n<NotSpecified />\n\n<Callout>B</Callout>\n\n<Marquee>C</Marquee>\n");
    expect(facts.components).toEqual(["Callout", "NotSpecified"]);
  });

  it("allows English text waiting for its translation (<InEnglish>) only in a translated page, and keeps its ids", async () => {
    const source =
      '<Faq id="translated" question="¿Traducida?">\n\nSí.\n\n</Faq>\n\n' +
      '<InEnglish>\n<Faq id="new-question" question="A new question?">\n\nIts answer.\n\n</Faq>\n</InEnglish>\n';
    expect(await problems(source)).toEqual([
      "line 7: <InEnglish> is only for translated pages: it marks English text that waits for its translation",
    ]);
    const translated = await check(source, undefined, true);
    expect(translated.problems).toEqual([]);
    expect(translated.components).toEqual(["Faq", "InEnglish"]);
    // Its headings are marked, so their titles and controls can say which language they are in.
    expect(translated.anchors.map(({ id, inEnglish }) => ({ id, inEnglish }))).toEqual([
      { id: "translated", inEnglish: undefined },
      { id: "new-question", inEnglish: true },
    ]);
  });

  it("rejects spread, expression and bare attributes, naming the element and the attribute", async () => {
    expect(await problems('<Callout {...props}>A</Callout>\n\n<H2 id={"x"}>B</H2>\n\n<H2 id="y" hidden>C</H2>\n')).toEqual([
      "line 1: <Callout> takes only plain attributes",
      "line 3: <H2 id> must be a plain string in quotes",
      'line 3: <H2> needs a id="…" attribute',
      "line 5: <H2 hidden> must be a plain string in quotes",
    ]);
  });

  it("rejects an attribute a component does not take, and accepts an optional one", async () => {
    expect(await problems('<H2 id="x" color="red">A</H2>\n')).toEqual(['line 1: <H2> has no attribute "color"']);
    expect(await problems('Call <Phone id="help-line" line="night" />.\n')).toEqual([]);
  });

  it("requires each required attribute, and an empty or blank one counts as missing", async () => {
    expect(await problems('<Faq id="a">A</Faq>\n\n<Faq id="b" question="   ">B</Faq>\n\n<Step title="T">C</Step>\n')).toEqual([
      'line 1: <Faq> needs a question="…" attribute',
      'line 3: <Faq> needs a question="…" attribute',
      'line 5: <Step> needs a id="…" attribute',
    ]);
  });
});

describe("registry keys", () => {
  it("names an unknown key on a citation and on a directory element", async () => {
    expect(await problems('A.<Cite id="nope" />\n\n<Contact id="nobody" />\n', ["nope"])).toEqual([
      'line 1: <Cite id="nope">: "nope" is not in content/resources.json',
      'line 3: <Contact id="nobody">: "nobody" is not in content/resources.json',
    ]);
  });

  it("rejects citing an entry that has no official URL", async () => {
    expect(await problems('A.<Cite id="emergency-line" />\n', ["emergency-line"])).toEqual([
      'line 1: <Cite id="emergency-line">: "emergency-line" has no official URL to cite',
    ]);
  });

  it("reports a citation missing from `sources` once, at its first use, and numbers citations in order of first use", async () => {
    const facts = await check('A.<Cite id="state-law" />\n\nB.<Cite id="city-policy-page" />\n\nC.<Cite id="state-law" />\n', [
      "city-policy-page",
    ]);
    expect(facts.problems).toEqual([
      'line 1: <Cite id="state-law"> is used but "state-law" is missing from frontmatter `sources`',
    ]);
    expect(facts.citations).toEqual(["state-law", "city-policy-page"]);
  });

  it("treats a page without `sources` as listing none, and does not check a `sources` that is not a list", async () => {
    expect(await problems('A.<Cite id="state-law" />\n')).toEqual([
      'line 1: <Cite id="state-law"> is used but "state-law" is missing from frontmatter `sources`',
    ]);
    expect(await problems('A.<Cite id="state-law" />\n', "state-law")).toEqual([]);
  });

  it("lists each directory entry used once, in order of first use, but not citations", async () => {
    const facts = await check(
      '<Contact id="oversight-office" />\n\n<Phone id="help-line" />\n\n<Resource id="oversight-office" />\n\nA.<Cite id="state-law" />\n',
      ["state-law"],
    );
    expect(facts.problems).toEqual([]);
    expect(facts.resources).toEqual(["oversight-office", "help-line"]);
  });

  it("rejects a phone element for an entry with no phone, and a phone line the entry does not have", async () => {
    expect(
      await problems(
        '<Phone id="city-policy-page" />\n\n<Phone id="help-line" line="evening" />\n\n<Contact id="city-policy-page" />\n',
      ),
    ).toEqual([
      'line 1: <Phone id="city-policy-page">: "city-policy-page" has no phone number',
      'line 3: <Phone id="help-line" line="evening">: "help-line" has no phone "evening"',
    ]);
  });
});

describe("anchor ids", () => {
  it("rejects an id that is not lowercase words joined by hyphens, quoting the rule", async () => {
    expect(await problems('<H2 id="Two  Words">A</H2>\n')).toEqual([
      'line 1: <H2 id="Two  Words">: id must be lowercase letters, digits and single hyphens, e.g. `who-is-covered`',
    ]);
  });

  it("rejects an id the page layout uses, and one that is a directory key", async () => {
    expect(await problems('<H2 id="main">A</H2>\n\n<H3 id="state-law">B</H3>\n')).toEqual([
      'line 1: <H2 id="main">: "main" is reserved for the page layout or the directory',
      'line 3: <H3 id="state-law">: "state-law" is reserved for the page layout or the directory',
    ]);
  });

  it("names the line of the second use of an id", async () => {
    expect(await problems('<H2 id="same">A</H2>\n\n<Faq id="same" question="Q?">B</Faq>\n')).toEqual([
      'line 3: id "same" is used twice on this page',
    ]);
  });

  it("takes a heading's title from its text, code included, and the others' from their attribute", async () => {
    const facts = await check(
      [
        '<H2 id="a">Use `code` *here*</H2>',
        '<Faq id="b" question="Is it?">Yes.</Faq>',
        "<Steps>",
        '<Step id="c" title="Do it">Now.</Step>',
        "</Steps>",
        '<Violation id="d" title="Wrong">Bad.</Violation>',
        '<H3 id="e"></H3>',
      ].join("\n\n"),
    );
    expect(facts.problems).toEqual([]);
    expect(facts.anchors.map(({ id, kind, level, title }) => ({ id, kind, level, title }))).toEqual([
      { id: "a", kind: "heading", level: 2, title: "Use code here" },
      { id: "b", kind: "faq", level: 2, title: "Is it?" },
      { id: "c", kind: "step", level: 3, title: "Do it" },
      { id: "d", kind: "violation", level: 2, title: "Wrong" },
      { id: "e", kind: "heading", level: 3, title: "" },
    ]);
  });
});

describe("each anchor's text", () => {
  const texts = async (source: string) =>
    Object.fromEntries((await check(source, ["state-law"])).anchors.map((anchor) => [anchor.id, anchor.text]));

  it("is the section after a heading, paragraphs kept apart and spaces collapsed, the heading's own title left out", async () => {
    expect(
      await texts('<H2 id="a">Title</H2>\n\nFirst\nline.\n\nSecond.\n\n- one\n- two\n\n<H2 id="b">Next</H2>\n\nLast.\n'),
    ).toEqual({
      a: "First line. Second. one two",
      b: "Last.",
    });
  });

  it("gives a question its own body, then goes on with the enclosing section", async () => {
    expect(await texts('<H2 id="a">Title</H2>\n\nBefore.\n\n<Faq id="q" question="Q?">\nInside.\n</Faq>\n\nAfter.\n')).toEqual({
      a: "Before. After.",
      q: "Inside.",
    });
  });

  it("reads a phone as its number (the named line, or else the first), a contact and a bare resource as the entry's name", async () => {
    const source = [
      '<H2 id="a">T</H2>',
      'Call <Phone id="help-line" line="night" />.',
      'Call <Phone id="help-line" />.',
      'Call <Phone id="help-line" line="none" />.',
      'See<Contact id="oversight-office" />now.',
      'See <Resource id="city-policy-page" />.',
      'See <Resource id="city-policy-page">the page</Resource>.',
      'A law.<Cite id="state-law" />',
      'Gone <Resource id="unknown-key" />.',
    ].join("\n\n");
    expect((await texts(source)).a).toBe(
      "Call (916) 555-0199. Call (916) 555-0100. Call (916) 555-0100. See Oversight Office now. See City policy page. See the page. A law. Gone .",
    );
  });
});
