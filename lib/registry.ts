import type { LineOf } from "./json-lines";
import {
  atLine,
  ContentError,
  parseContent,
  RegistrySchema,
  ResourceTextsSchema,
  type Resource,
  type ResourceTexts,
} from "./schema";

/**
 * What the directory's files must satisfy: `content/resources.json` (every source and
 * office) and its words in each language (`content/<locale>/resources.json`). Each is
 * validated against its zod schema (lib/schema.ts, which also rejects a key used twice),
 * then checked against the other: every entry has words, and no words name an unknown key.
 * lib/content.ts reads the files and calls these; they read nothing themselves.
 */

/** The registry, by key. Fails naming the file and the field. */
export function parseRegistry(raw: unknown, file: string, lineOf?: LineOf): Map<string, Resource> {
  const entries = parseContent(RegistrySchema, raw, file, lineOf);
  return new Map(entries.map((entry) => [entry.key, entry]));
}

/**
 * The directory's words in one language. Fails when a registry entry has no text,
 * or the text names a key the registry does not have.
 */
export function parseResourceTexts(raw: unknown, file: string, registry: Map<string, Resource>, lineOf?: LineOf): ResourceTexts {
  const texts = parseContent(ResourceTextsSchema, raw, file, lineOf);
  const at = (problem: string, ...path: string[]) => atLine(lineOf?.(path), problem);
  const problems = [
    ...[...registry.keys()]
      .filter((key) => !texts.entries[key])
      .map((key) => at(`no text for registry entry "${key}"`, "entries")),
    ...Object.keys(texts.entries)
      .filter((key) => !registry.has(key))
      .map((key) => at(`"${key}" is not in resources.json`, "entries", key)),
  ];
  if (problems.length > 0) throw new ContentError(file, problems);
  return texts;
}
