import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OnThisPage } from "@/components/layout/on-this-page";
import { createMdxComponents, type MdxContext } from "@/components/mdx";
import { MDX_ELEMENTS } from "@/lib/mdx-contract";
import { getResource, listResourceGroups } from "@/lib/resource-view";
import { getTranslator } from "@/lib/ui";

// On the small site in tests/fixtures/site (vitest.config.mts): its registry, and interface strings that are their own keys.
const t = getTranslator("en");
const ctx: MdxContext = {
  locale: "en",
  t,
  anchorLabels: { linkTo: "Link to this section", copy: "Copy link" },
  citations: ["city-policy-page", "state-law"],
  resources: Object.fromEntries(
    listResourceGroups("en")
      .flatMap((group) => group.entries)
      .map((entry) => [entry.key, getResource("en", entry.key)!]),
  ),
  pages: [],
  groups: listResourceGroups("en"),
};
const components = createMdxComponents(ctx);

describe("MDX components", () => {
  it("render exactly the names the content check allows", () => {
    const names = Object.keys(components).filter((name) => /^[A-Z]/.test(name));
    expect(names.sort()).toEqual(Object.keys(MDX_ELEMENTS).sort());
  });

  it("number a citation by its place in the page and link to its source", () => {
    const html = renderToStaticMarkup(<components.Cite id="state-law" />);
    expect(html).toContain('href="#source-state-law"');
    expect(html).toContain("[2]");
    expect(html).toContain('aria-label="cite.label 2"');
  });

  it("link a directory entry by key to its full entry on its group's page", () => {
    const html = renderToStaticMarkup(<components.Resource id="oversight-office" />);
    expect(html).toContain('href="/resources/report-police-conduct#oversight-office"');
    expect(html).toContain(">Oversight Office<");
  });

  it("print phone numbers only from the registry, as tap-to-call links", () => {
    const html = renderToStaticMarkup(<components.Phone id="help-line" line="night" />);
    expect(html).toContain('href="tel:+19165550199"');
    expect(html.replace(/<[^>]+>/g, "")).toBe("(916) 555-0199");
    // It may wrap only at its space: each part is kept on one line.
    expect(html).toContain('<span class="whitespace-nowrap">(916)</span> <span class="whitespace-nowrap">555-0199</span>');
  });

  it("give a heading its id and a link to itself", () => {
    const html = renderToStaticMarkup(<components.H2 id="who-is-covered">Who is covered</components.H2>);
    expect(html).toMatch(/<h2 id="who-is-covered"[^>]*>Who is covered<\/h2>/);
    expect(html).toContain('href="#who-is-covered"');
  });

  it("mark English text in a translated page as English, left to right, with a note in the page's language", () => {
    const html = renderToStaticMarkup(<components.InEnglish>Its answer.</components.InEnglish>);
    expect(html).toBe(
      '<div class="note in-english"><p class="note-title">note.inEnglish</p><div lang="en" dir="ltr">Its answer.</div></div>',
    );
  });

  it("mark the link and copy labels of a heading in English text with the page's language", () => {
    const spanish = createMdxComponents({
      ...ctx,
      locale: "es",
      anchorLabels: { linkTo: "Enlace a esta sección", copy: "Copiar enlace" },
      englishAnchors: new Set(["new-question"]),
    });
    const english = renderToStaticMarkup(
      <spanish.Faq id="new-question" question="A new question?">
        Its answer.
      </spanish.Faq>,
    );
    expect(english).toContain('aria-label="Enlace a esta sección" lang="es"');
    expect(english).toContain('aria-label="Copiar enlace" lang="es"');
    const translated = renderToStaticMarkup(
      <spanish.Faq id="translated" question="¿Una pregunta?">
        Sí.
      </spanish.Faq>,
    );
    expect(translated).not.toContain("lang=");
  });

  it("say plainly when the official pages do not specify something", () => {
    const html = renderToStaticMarkup(<components.NotSpecified>No fine is set.</components.NotSpecified>);
    expect(html).toContain("note.notSpecified");
    expect(html).toContain("No fine is set.");
  });
});

describe("On this page", () => {
  it("marks a section title that is English text in a translated page as English, left to right", () => {
    const html = renderToStaticMarkup(
      <OnThisPage
        t={getTranslator("es")}
        items={[
          { id: "a", title: "Una sección" },
          { id: "b", title: "A new section", inEnglish: true },
        ]}
      />,
    );
    expect(html).toContain('<a href="#a" class="tap-target">Una sección</a>');
    expect(html).toContain('<a href="#b" class="tap-target" lang="en" dir="ltr">A new section</a>');
  });
});
