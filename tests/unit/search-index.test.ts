import { describe, expect, it } from "vitest";
import { getPage } from "@/lib/content";
import type { SearchDoc } from "@/lib/search";
import { getSearchIndex } from "@/lib/search-index";

// What each document of the search index holds, on the small site in tests/fixtures/site.

/** The one document of the index at `url`. */
async function doc(url: string): Promise<SearchDoc> {
  const docs = (await getSearchIndex(url.startsWith("/es") ? "es" : "en")).filter((d) => d.url === url);
  expect(docs, url).toHaveLength(1);
  return docs[0]!;
}

describe("the search index", () => {
  // Stryker attributes the building of the index to the test that first asks for it: this one checks every kind of document.
  it("holds, from its first build, every page, anchor, the card, the record, and every directory group and entry", async () => {
    const docs = await getSearchIndex("es");
    const urls = docs.map((d) => d.url);
    for (const url of ["/es", "/es/faq#how-to-complain", "/es/card", "/es/record", "/es/resources/free-legal-help"]) {
      expect(urls).toContain(url);
    }
    expect(docs.find((d) => d.url === "/es/resources/free-legal-help#help-line")?.text).toBe(
      "Pida un abogado gratis, de día o de noche. Ninguna página oficial da estos números todavía. (916) 555-0100 (916) 555-0199",
    );
  });

  it("has each page under its own title and short name, with its description", async () => {
    const page = await getPage("es", "faq");
    expect(await doc("/es/faq")).toEqual({
      url: "/es/faq",
      title: "Preguntas y respuestas",
      section: "Preguntas",
      text: page?.description,
    });
  });

  it("has each question, step and heading under its page's short name, with its text", async () => {
    const page = await getPage("es", "faq");
    const question = page?.anchors.find((anchor) => anchor.id === "how-to-complain");
    expect(await doc("/es/faq#how-to-complain")).toEqual({
      url: "/es/faq#how-to-complain",
      title: "¿Cómo presento una queja?",
      section: "Preguntas",
      text: question?.text,
    });
    expect(question?.text).toContain("Presente una queja");
  });

  it("starts with the pages in navigation order, each followed by its anchors", async () => {
    const urls = (await getSearchIndex("es")).map((d) => d.url);
    expect(urls[0]).toBe("/es");
    const faq = urls.indexOf("/es/faq");
    expect(urls.slice(faq, faq + 3)).toEqual(["/es/faq", "/es/faq#status-database", "/es/faq#how-to-complain"]);
    expect(urls.indexOf("/es/how-to")).toBeGreaterThan(faq);
  });

  it("has the pocket card and the incident record in the reader's language", async () => {
    expect(await doc("/es/card")).toEqual({
      url: "/es/card",
      title: "es:card.title",
      section: "es:card.link",
      text: "es:card.description",
    });
    expect(await doc("/es/record")).toEqual({
      url: "/es/record",
      title: "es:record.title",
      section: "es:record.title",
      text: "es:record.description",
    });
  });

  it("has each directory group with its introduction, and each entry under its group with all its words and phones", async () => {
    expect(await doc("/es/resources/free-legal-help")).toEqual({
      url: "/es/resources/free-legal-help",
      title: "Ayuda legal gratis",
      section: "Ayuda legal gratis",
      text: "Dónde encontrar un abogado gratis.",
    });
    expect(await doc("/es/resources/free-legal-help#help-line")).toEqual({
      url: "/es/resources/free-legal-help#help-line",
      title: "Legal help line",
      section: "Ayuda legal gratis",
      text: "Pida un abogado gratis, de día o de noche. Ninguna página oficial da estos números todavía. (916) 555-0100 (916) 555-0199",
    });
    expect((await doc("/es/resources/report-police-conduct#oversight-office")).text).toBe(
      "la oficina que revisa la conducta policial Presente aquí una queja sobre un policía. Una queja sobre un edificio o una calle. (916) 555-0123",
    );
  });

  it("is built once per language", async () => {
    expect(getSearchIndex("es")).toBe(getSearchIndex("es"));
    expect((await getSearchIndex("en")).map((d) => d.url)).toContain("/faq");
    expect((await getSearchIndex("es")).map((d) => d.url)).not.toContain("/faq");
  });
});
