import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import matter from "gray-matter";
import { ResourceGroupSchema } from "@/lib/schema";

const CONTENT = path.join(process.cwd(), "content");

export interface LocaleInfo {
  code: string;
  tag: string;
  dir: "ltr" | "rtl";
  nativeName: string;
}

/** Every language, from content/locales.json (English first). */
export const locales: LocaleInfo[] = JSON.parse(fs.readFileSync(path.join(CONTENT, "locales.json"), "utf8"));

/** The site path of a page slug in a language: English has no prefix. */
export function toPath(locale: string, slug: string): string {
  const prefix = locale === "en" ? "" : `/${locale}`;
  return slug ? `${prefix}/${slug}` : prefix || "/";
}

/** Every content page's slug (from content/en, not a hand-kept list); home is "". */
export function listSlugs(): string[] {
  return fs
    .readdirSync(path.join(CONTENT, "en"))
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.replace(/\.mdx$/, ""))
    .map((slug) => (slug === "index" ? "" : slug));
}

/** Every page of the site in one language: content pages, the pocket card, the incident record, then the directory's group pages. */
export function listPages(locale = "en"): { path: string; slug: string; title: string }[] {
  const resources = JSON.parse(fs.readFileSync(path.join(CONTENT, locale, "resources.json"), "utf8"));
  const ui = JSON.parse(fs.readFileSync(path.join(CONTENT, locale, "ui.json"), "utf8"));
  return [
    ...listSlugs().map((slug) => {
      const { data } = matter(fs.readFileSync(path.join(CONTENT, locale, `${slug || "index"}.mdx`), "utf8"));
      return { path: toPath(locale, slug), slug, title: String(data.title) };
    }),
    { path: toPath(locale, "card"), slug: "card", title: String(ui["card.title"]) },
    { path: toPath(locale, "record"), slug: "record", title: String(ui["record.title"]) },
    ...ResourceGroupSchema.options.map((group) => ({
      path: toPath(locale, `resources/${group}`),
      slug: `resources/${group}`,
      title: String(resources.groups[group].title),
    })),
  ];
}

/** Paths of the English pages in the header's navigation (not the footer's privacy and accessibility pages). */
export function listPaths(): string[] {
  return listSlugs()
    .filter((slug) => matter(fs.readFileSync(path.join(CONTENT, "en", `${slug || "index"}.mdx`), "utf8")).data.navigation !== "footer")
    .map((slug) => toPath("en", slug));
}

/** WCAG 2.2 A and AA violations found by axe on the page as it is now. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}
