import fs from "node:fs";
import { z } from "zod";
import type { SourceEntry } from "../../lib/source-check-types";

/** Input the tool cannot run with (a bad argument, an unreadable list of sources); the CLI exits 2. */
export class InputError extends Error {}

/**
 * One entry of the registry or of a `--sources` file. Only `key` and `url` are read, so the
 * registry itself (which has more fields) is a valid list. The URL is checked later, per entry,
 * so one malformed URL is reported against its entry instead of stopping the run.
 */
const ListedSourceSchema = z.looseObject({
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens"),
  url: z.string({ error: "must be a URL in quotes, or null" }).nullable().optional(),
});

const SourceListSchema = z.array(ListedSourceSchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.key)) ctx.addIssue({ code: "custom", message: `duplicate key "${entry.key}"`, path: [index, "key"] });
    seen.add(entry.key);
  });
});

/** The sources to check, and the keys listed without a URL (nothing to fetch). */
export interface SourceList {
  sources: SourceEntry[];
  withoutUrl: string[];
}

/** Reads a JSON array of `{ "key", "url" }` (the registry, or a `--sources` file). Throws InputError naming the file. */
export function loadSourceList(file: string): SourceList {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError(`${file}: cannot be read as JSON (${(error as Error).message})`);
  }
  const parsed = SourceListSchema.safeParse(json);
  if (!parsed.success) {
    throw new InputError(
      `${file}: not a list of sources (a JSON array of { "key": "…", "url": "…" })\n${z.prettifyError(parsed.error)}`,
    );
  }
  const sources: SourceEntry[] = [];
  const withoutUrl: string[] = [];
  for (const entry of parsed.data) {
    if (entry.url === null || entry.url === undefined) withoutUrl.push(entry.key);
    else sources.push({ key: entry.key, url: entry.url });
  }
  return { sources, withoutUrl };
}
