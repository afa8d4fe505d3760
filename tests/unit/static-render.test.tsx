import { describe, expect, it } from "vitest";
import { Document } from "@/components/layout/document";
import { toPageHead } from "@/lib/head";
import { toAlternates } from "@/lib/routes";
import { renderToHtml } from "@/lib/static-render";

const head = toPageHead({
  locale: "es",
  slug: "faq",
  alternates: toAlternates("faq"),
  siteName: "Guía",
  title: "Preguntas",
  description: "Respuestas cortas sobre la política santuario de Sacramento y cómo pedir ayuda.",
  indexed: true,
  previewImage: true,
  structuredData: [{ "@context": "https://schema.org", "@type": "BreadcrumbList", itemListElement: [] }],
  stylesheet: "/assets/site.0123456789ab.css",
  scripts: ["/assets/main.0123456789ab.js"],
});

describe("the static renderer", () => {
  it("writes a whole document with no script but the site's module and JSON-LD data", async () => {
    const html = await renderToHtml(
      <Document head={head} locale="es" announcer={{ copied: "Copiado", failed: "No", share: "Compartir" }}>
        <main>
          <h1>Preguntas &lt;b&gt;</h1>
        </main>
      </Document>,
    );
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="es" dir="ltr" data-locale="es">');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    // The site's own module, fetched after the stylesheet (low priority), and data for search engines.
    expect(scripts).toEqual([
      '<script type="module" src="/assets/main.0123456789ab.js" fetchPriority="low">',
      '<script type="application/ld+json">',
    ]);
    expect(html).not.toContain("__next");
    expect(html).toContain("<h1>Preguntas &lt;b&gt;</h1>");
    expect(html).toContain('data-copied="Copiado"');
  });

  it("fails when a component fails, so a broken page fails the build instead of shipping", async () => {
    const Broken = () => {
      throw new Error('content/es/faq.mdx: line 3: <Cite id="nope">');
    };
    await expect(renderToHtml(<Broken />)).rejects.toThrow("content/es/faq.mdx: line 3");
  });
});

describe("the head of a page", () => {
  it("has a canonical URL in its own language, every alternate, and a versioned preview image", () => {
    expect(head.title).toBe("Preguntas · Guía");
    expect(head.canonical).toBe("http://localhost:3000/es/faq");
    expect(head.alternates.find((a) => a.hreflang === "x-default")?.href).toBe("http://localhost:3000/faq");
    expect(head.openGraph.image?.url).toMatch(/^http:\/\/localhost:3000\/es\/faq\/opengraph-image\?/);
    expect(head.robots).toBeNull();
  });

  it("of the 404 page names no address of its own and asks not to be indexed", () => {
    const notFound = toPageHead({
      ...head,
      locale: "en",
      slug: null,
      alternates: null,
      siteName: "S",
      title: "T",
      description: "D",
      indexed: false,
      previewImage: false,
      stylesheet: "",
      scripts: [],
    });
    expect(notFound.canonical).toBe("");
    expect(notFound.alternates).toEqual([]);
    expect(notFound.robots).toBe("noindex");
    expect(notFound.openGraph.image).toBeNull();
  });
});
