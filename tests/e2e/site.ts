import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** Every English page's path, from the content folder (not a hand-kept list). */
export function listPaths(locale = "en"): string[] {
  const prefix = locale === "en" ? "" : `/${locale}`;
  return fs
    .readdirSync(path.join(process.cwd(), "content", locale))
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.replace(/\.mdx$/, ""))
    .map((slug) => (slug === "index" ? prefix || "/" : `${prefix}/${slug}`));
}

/** WCAG 2.2 A and AA violations found by axe on the page as it is now. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}
