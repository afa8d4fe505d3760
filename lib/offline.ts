import "server-only";
import { listPages } from "./content";
import { LOCALES, toPath } from "./i18n";
import { listResourceGroups, toGroupSlug } from "./registry";

/** The build this site comes from: offline copies are kept per build, and replaced by the next one. */
export const BUILD_ID = process.env.BUILD_ID ?? "development";

/** Paths the service worker keeps for offline reading, per language: every page, the card, the record, the search page and index. */
export async function listOfflinePaths(): Promise<Record<string, { pages: string[]; fallback: string }>> {
  const entries = await Promise.all(
    LOCALES.map(async ({ code }) => {
      const pages = [
        ...(await listPages(code)).map((page) => page.path),
        ...listResourceGroups(code).map((group) => toPath(code, toGroupSlug(group.key))),
        ...["card", "record", "search", "search-index.json"].map((slug) => toPath(code, slug)),
      ];
      return [code, { pages, fallback: toPath(code, "offline") }] as const;
    }),
  );
  return Object.fromEntries(entries);
}
