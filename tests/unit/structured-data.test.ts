import { describe, expect, it } from "vitest";
import { getPage, type Anchor, type Page } from "@/lib/content";
import { serializeJsonLd, toBreadcrumbList, toPageStructuredData, toWebSite } from "@/lib/structured-data";

// On the small site in tests/fixtures/site (vitest.config.mts).

describe("structured data", () => {
  it("lists every FAQ question with its answer, linked to the question's own id", async () => {
    const page = await getPage("en", "faq");
    const data = page && toPageStructuredData(page);
    expect(data?.["@type"]).toBe("FAQPage");
    const questions: { name: string; url: string; acceptedAnswer: { text: string } }[] = JSON.parse(
      serializeJsonLd(data!),
    ).mainEntity;
    const faqs = page?.anchors.filter((anchor) => anchor.kind === "faq") ?? [];
    expect(faqs.length).toBeGreaterThan(1);
    expect(questions.map((q) => q.name)).toEqual(faqs.map((faq) => faq.title));
    expect(questions.map((q) => q.acceptedAnswer.text)).toEqual(faqs.map((faq) => faq.text));
    expect(questions[0]?.url).toMatch(/\/faq#[a-z0-9-]+$/);
    for (const question of questions) expect(question.acceptedAnswer.text.length, question.name).toBeGreaterThan(20);
  });

  it("lists every how-to step in order, and nothing for a page without a schema", async () => {
    const howTo = await getPage("es", "how-to");
    const structured = howTo && toPageStructuredData(howTo);
    const data: { "@type": string; inLanguage: string; step: { position: number }[] } | null =
      structured && JSON.parse(serializeJsonLd(structured));
    expect(data?.["@type"]).toBe("HowTo");
    expect(data?.inLanguage).toBe("es");
    expect(data?.step.map((step) => step.position)).toEqual([1, 2]);
    const privacy = await getPage("en", "privacy");
    expect(privacy?.schema).toBeUndefined();
    expect(privacy && toPageStructuredData(privacy)).toBeNull();
  });

  it("gives breadcrumbs absolute URLs and positions from 1", () => {
    const list = toBreadcrumbList([
      { href: "/", label: "Home" },
      { href: "/faq", label: "FAQ" },
    ]);
    expect(list["@context"]).toBe("https://schema.org");
    expect(list["@type"]).toBe("BreadcrumbList");
    expect(list.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "http://localhost:3000/" },
      { "@type": "ListItem", position: 2, name: "FAQ", item: "http://localhost:3000/faq" },
    ]);
  });

  it("cannot be broken out of its script element", () => {
    const json = serializeJsonLd(toWebSite({ locale: "en", name: "</script><script>alert(1)</script>", description: "x" }));
    expect(json).not.toContain("</script");
    expect(JSON.parse(json).name).toBe("</script><script>alert(1)</script>");
  });
});

/** A compiled page with the given schema and anchors; the rest as any page has it. */
function pageWith(schema: Page["schema"], anchors: Anchor[]): Page {
  return {
    title: "Steps to take",
    navTitle: "Steps",
    description: "What to do, one step at a time.",
    order: 10,
    lastReviewed: "2026-12-01",
    sources: [],
    navigation: "main",
    schema,
    translation: { from: "2026-12-01", reviewed: false },
    locale: "zh-hant",
    slug: "how-to",
    path: "/zh-hant/how-to",
    code: "",
    anchors,
    citations: [],
    resources: [],
    internalLinks: [],
    components: [],
    lines: new Map(),
  };
}

const anchors: Anchor[] = [
  { id: "intro", kind: "heading", level: 2, title: "Intro", text: "Read this first." },
  { id: "first", kind: "step", level: 3, title: "Write it down", text: "Note the time." },
  { id: "why", kind: "faq", level: 2, title: "Why?", text: "Because." },
  { id: "second", kind: "step", level: 3, title: "Call", text: "Call the office." },
  { id: "wrong", kind: "violation", level: 2, title: "A violation", text: "What is not allowed." },
  { id: "how", kind: "faq", level: 2, title: "How?", text: "Like this." },
];

describe("a page's own structured data", () => {
  it("of a how-to page: every step and only the steps, numbered from 1, each linked to its own id", () => {
    expect(toPageStructuredData(pageWith("HowTo", anchors))).toEqual({
      "@context": "https://schema.org",
      "@type": "HowTo",
      name: "Steps to take",
      description: "What to do, one step at a time.",
      url: "http://localhost:3000/zh-hant/how-to",
      inLanguage: "zh-Hant",
      step: [
        {
          "@type": "HowToStep",
          position: 1,
          name: "Write it down",
          text: "Note the time.",
          url: "http://localhost:3000/zh-hant/how-to#first",
        },
        {
          "@type": "HowToStep",
          position: 2,
          name: "Call",
          text: "Call the office.",
          url: "http://localhost:3000/zh-hant/how-to#second",
        },
      ],
    });
  });

  it("of a FAQ page: every question and only the questions, each with its answer and its own link", () => {
    expect(toPageStructuredData(pageWith("FAQPage", anchors))).toEqual({
      "@context": "https://schema.org",
      "@type": "FAQPage",
      name: "Steps to take",
      url: "http://localhost:3000/zh-hant/how-to",
      inLanguage: "zh-Hant",
      mainEntity: [
        {
          "@type": "Question",
          name: "Why?",
          url: "http://localhost:3000/zh-hant/how-to#why",
          acceptedAnswer: { "@type": "Answer", text: "Because." },
        },
        {
          "@type": "Question",
          name: "How?",
          url: "http://localhost:3000/zh-hant/how-to#how",
          acceptedAnswer: { "@type": "Answer", text: "Like this." },
        },
      ],
    });
  });

  it("says which questions and steps are English text in a translated page (<InEnglish>)", () => {
    const english = anchors.map((anchor) =>
      anchor.id === "how" || anchor.id === "second" ? { ...anchor, inEnglish: true as const } : anchor,
    );
    const faq: { mainEntity: { inLanguage?: string }[] } = JSON.parse(
      serializeJsonLd(toPageStructuredData(pageWith("FAQPage", english))!),
    );
    expect(faq.mainEntity.map((question) => question.inLanguage)).toEqual([undefined, "en"]);
    const howTo: { step: { inLanguage?: string }[] } = JSON.parse(
      serializeJsonLd(toPageStructuredData(pageWith("HowTo", english))!),
    );
    expect(howTo.step.map((step) => step.inLanguage)).toEqual([undefined, "en"]);
  });

  it("is nothing for a page without a schema, whatever anchors it has", () => {
    expect(toPageStructuredData(pageWith(undefined, anchors))).toBeNull();
  });
});

describe("the site's structured data", () => {
  it("names the site in the page's language, at that language's home page, published at the site's root", () => {
    expect(toWebSite({ locale: "zh-hant", name: "指南", description: "說明" })).toEqual({
      "@context": "https://schema.org",
      "@type": "WebSite",
      name: "指南",
      description: "說明",
      url: "http://localhost:3000/zh-hant",
      inLanguage: "zh-Hant",
      publisher: { "@type": "Organization", name: "指南", url: "http://localhost:3000/" },
    });
  });

  it("escapes every < in the JSON, not only the first", () => {
    const json = serializeJsonLd(toWebSite({ locale: "en", name: "a<b<c", description: "<" }));
    expect(json.match(/\\u003c/g)).toHaveLength(5); // twice in the name, twice in the publisher's name, once in the description
    expect(json).not.toContain("<");
  });
});
