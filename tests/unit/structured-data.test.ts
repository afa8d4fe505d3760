import { describe, expect, it } from "vitest";
import { getPage } from "@/lib/content";
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
