import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import matter from "gray-matter";
import { LOCALES, toPath, type Locale } from "@/lib/i18n";
import { listRoutes, SLUGS, type SiteRoute } from "@/lib/routes";

const CONTENT = path.join(process.cwd(), "content");

export { toPath };

/** Every language (English first). */
export const locales = LOCALES;

export interface TestPage {
  path: string;
  slug: string;
  kind: SiteRoute["kind"];
  /** The page's h1, read from the content files (not from the site's own code). */
  title: string;
  /** Kept by the service worker for reading without signal. */
  offline: boolean;
}

/** A page's title as its content files give it: the frontmatter, the directory's words or an interface string. */
function titleOf(locale: string, route: SiteRoute): string {
  const read = (file: string) => fs.readFileSync(path.join(CONTENT, locale, file), "utf8");
  const ui = () => JSON.parse(read("ui.json")) as Record<string, string>;
  switch (route.kind) {
    case "content":
      return String(matter(read(`${route.slug || "index"}.mdx`)).data.title);
    case "group":
      return String(JSON.parse(read("resources.json")).groups[route.group!].title);
    case "card":
      return ui()["card.title"]!;
    case "record":
      return ui()["record.title"]!;
    case "search":
      return ui()["search.title"]!;
    case "offline":
      return ui()["offline.title"]!;
    case "not-found":
      return ui()["notFound.title"]!;
  }
}

/**
 * Pages of one language from the site's list of pages (lib/routes.ts). By default the
 * pages search engines list (content pages, card, record, directory groups); `all`
 * adds search, offline and 404.
 */
export function listPages(locale: Locale = "en", { all = false } = {}): TestPage[] {
  return listRoutes()
    .filter((route) => all || route.indexed)
    .map((route) => ({
      path: toPath(locale, route.slug),
      slug: route.slug,
      kind: route.kind,
      title: titleOf(locale, route),
      offline: route.offline,
    }));
}

/** Paths of the English pages in the header's navigation (not the footer's privacy and accessibility pages). */
export function listPaths(): string[] {
  return listPages("en")
    .filter((page) => page.kind === "content")
    .filter(
      (page) =>
        matter(fs.readFileSync(path.join(CONTENT, "en", `${page.slug || "index"}.mdx`), "utf8")).data.navigation !== "footer",
    )
    .map((page) => page.path);
}

export { SLUGS };

/** WCAG 2.2 A and AA violations found by axe on the page as it is now. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

/** Makes the page's browser behave as one set to block all cookies: reading localStorage or sessionStorage throws. */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    for (const name of ["localStorage", "sessionStorage"])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      });
  });
}
