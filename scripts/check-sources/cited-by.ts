import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";

/** A page that cites a source, with the dates that tell whether it was reviewed since the source changed. */
export interface CitingPage {
  locale: string;
  slug: string;
  /** Path of the page file, e.g. `content/es/faq.mdx`. */
  file: string;
  /** Frontmatter `lastReviewed` (ISO date), or null when missing. */
  lastReviewed: string | null;
  /** Translated pages: `translation.from` (the English review it follows) and `translation.reviewed`. */
  translation: { from: string | null; reviewed: boolean | null } | null;
}

/** Which pages cite each registry key, and pages that could not be read. */
export interface Citations {
  byKey: Map<string, CitingPage[]>;
  /** English `lastReviewed` by slug, to tell whether a translation follows the current English page. */
  englishReviewed: Map<string, string | null>;
  warnings: string[];
}

/**
 * Reads the frontmatter `sources` of every page `<contentDir>/<locale>/*.mdx`, for every locale
 * in `<contentDir>/locales.json` (or every folder, when that file cannot be read). Never throws:
 * a page that cannot be read becomes a warning.
 */
export function loadCitations(contentDir: string): Citations {
  const citations: Citations = { byKey: new Map(), englishReviewed: new Map(), warnings: [] };
  for (const locale of listLocales(contentDir)) {
    const dir = path.join(contentDir, locale);
    let files: string[];
    try {
      files = fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(".mdx"))
        .sort();
    } catch {
      continue;
    }
    for (const name of files) {
      const file = path.join(dir, name);
      try {
        const data = matter(fs.readFileSync(file, "utf8")).data as Record<string, unknown>;
        const slug = name.replace(/\.mdx$/, "");
        const translation = data.translation as { from?: unknown; reviewed?: unknown } | undefined;
        const page: CitingPage = {
          locale,
          slug,
          file,
          lastReviewed: isoDate(data.lastReviewed),
          translation: translation
            ? {
                from: isoDate(translation.from),
                reviewed: typeof translation.reviewed === "boolean" ? translation.reviewed : null,
              }
            : null,
        };
        if (locale === "en") citations.englishReviewed.set(slug, page.lastReviewed);
        const keys = Array.isArray(data.sources) ? data.sources.filter((key): key is string => typeof key === "string") : [];
        for (const key of new Set(keys)) citations.byKey.set(key, [...(citations.byKey.get(key) ?? []), page]);
      } catch (error) {
        citations.warnings.push(`${file}: frontmatter cannot be read (${(error as Error).message})`);
      }
    }
  }
  return citations;
}

/**
 * When a page was last reviewed compared with a source's change:
 * `after` — on or after the day the change was seen (this check);
 * `before` — on or before the source's last recorded check, so the change came later;
 * `between` — after the last recorded check but before this one: it may or may not cover the change.
 * With no recorded check, anything before this check is `before`.
 */
export function reviewTiming(
  lastReviewed: string | null,
  lastRecordedCheck: string | null,
  seen: string,
): "before" | "between" | "after" {
  if (lastReviewed === null) return "before";
  if (lastReviewed >= seen) return "after";
  if (lastRecordedCheck === null || lastReviewed <= lastRecordedCheck) return "before";
  return "between";
}

function listLocales(contentDir: string): string[] {
  try {
    const locales = JSON.parse(fs.readFileSync(path.join(contentDir, "locales.json"), "utf8")) as { code: string }[];
    return locales.map((locale) => locale.code);
  } catch {
    try {
      return fs
        .readdirSync(contentDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
    } catch {
      return [];
    }
  }
}

/** YAML gives an unquoted date as a Date and a quoted one as a string; both become `YYYY-MM-DD`. */
function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return null;
}
