import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, getPage, listPages, listSlugs } from "@/lib/content";
import { SERVICE_NUMBER_PATTERN } from "@/lib/mdx-check";
import { LOCALES, toPath } from "@/lib/i18n";

const FIXTURES = path.join(process.cwd(), "tests/fixtures/content");

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

  it("rejects unknown keys, so typos fail", async () => {
    expect(await failure("unknown-field")).toMatch(/titel/);
  });

  it("names the line of an MDX syntax error", async () => {
    expect(await failure("broken-mdx")).toMatch(/broken-mdx\.mdx:\n.*(line \d+|Expected a closing tag)/);
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

describe("the real content", () => {
  for (const { code: locale } of LOCALES) {
    it(`compiles every page in content/${locale}`, async () => {
      const slugs = await listSlugs(locale);
      expect(slugs).toContain("");
      for (const slug of slugs) {
        const page = await getPage(locale, slug);
        expect(page?.code.length, `${locale}/${slug}`).toBeGreaterThan(100);
      }
    });
  }

  it("has the sections the guide promises, with short lowercase routes", async () => {
    const pages = await listPages("en");
    expect(pages.map((page) => page.path)).toEqual([
      "/",
      "/scope",
      "/penalties",
      "/violations",
      "/faq",
      "/how-to",
      "/resources",
      "/privacy",
      "/accessibility",
    ]);
    expect(pages.filter((page) => page.navigation === "footer").map((page) => page.slug)).toEqual(["privacy", "accessibility"]);
  });

  it("links only to pages and ids that exist", async () => {
    const pages = await Promise.all((await listSlugs("en")).map((slug) => getPage("en", slug)));
    const targets = new Set<string>();
    for (const page of pages) {
      if (!page) continue;
      targets.add(page.path);
      for (const anchor of page.anchors) targets.add(`${page.path}#${anchor.id}`);
    }
    // Pages the site makes itself, from app/[locale]/<slug>/page.tsx.
    for (const slug of ["card", "record", "search"]) targets.add(toPath("en", slug));
    // The directory's group and entry ids come from the registry, not from MDX.
    const { listResourceGroups } = await import("@/lib/resource-view");
    const { toResourcePath } = await import("@/lib/routes");
    for (const group of listResourceGroups("en")) {
      targets.add(`${toPath("en", "resources")}#${group.key}`);
      targets.add(toPath("en", `resources/${group.key}`));
      for (const entry of group.entries) {
        targets.add(`${toPath("en", "resources")}#${entry.key}`);
        targets.add(toResourcePath("en", entry));
      }
    }
    const broken = pages.flatMap((page) =>
      (page?.internalLinks ?? []).filter((link) => !targets.has(link)).map((link) => `${page?.path} → ${link}`),
    );
    expect(broken).toEqual([]);
  });

  it("gives every page a FAQ, step or heading id that is unique and readable", async () => {
    for (const slug of await listSlugs("en")) {
      const page = await getPage("en", slug);
      const ids = page?.anchors.map((anchor) => anchor.id) ?? [];
      expect(new Set(ids).size, slug).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
