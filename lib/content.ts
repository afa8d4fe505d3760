import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { bundleMDX } from "mdx-bundler";
import YAML, { YAMLParseError } from "yaml";
import { placeholders } from "./fill";
import { jsonErrorAt, lineAt, valueLineOf, type LineOf } from "./json-lines";
import { DEFAULT_LOCALE, LOCALES, toPath, translationState, type Locale } from "./i18n";
import { factKey, noFacts, remarkCheckContent, type FactKind } from "./mdx-check";
import { TRANSLATION_ONLY } from "./mdx-contract";
import { parseRegistry, parseResourceTexts } from "./registry";
import {
  atLine,
  ContentError,
  PageFrontmatterSchema,
  parseContent,
  UI_KEYS,
  UiStringsSchema,
  type Page,
  type PageFrontmatter,
  type PageSummary,
  type Resource,
  type ResourceTexts,
  type UiStrings,
} from "./schema";
import { SourceCheckStateSchema, type SourceCheckState } from "./source-check-schema";

export { ContentError } from "./schema";
export type { Anchor, Page, PageSummary } from "./schema";

/**
 * Frontmatter is read as YAML 1.2, where `2026-11-28` stays text for the schema to check.
 * gray-matter's own parser (YAML 1.1) turns it into a date and rolls an impossible one
 * over without a word (`2026-02-30` became March 2), so a mistyped review date would be
 * published as another date.
 */
const FRONTMATTER = { engines: { yaml: (text: string) => (YAML.parse(text) ?? {}) as object } };

/**
 * The one reader of files: every other module gets its content from here. It lists and
 * compiles the pages (`content/<locale>/<slug>.mdx`), and reads the registry and its words,
 * the interface strings and the state of the source checks; each is validated, and read
 * once per build (listings too). Pages render the compiled code on the server; the browser
 * never receives it. Each reader of content takes the content folder as `root` (tests pass
 * a folder of fixtures); it defaults to `content/`. The fonts of the link-preview images
 * are read here too.
 */

/**
 * Where content lives: `content/resources.json` and `content/<locale>/`. `CONTENT_DIR`
 * points it elsewhere: the unit tests run on `tests/fixtures/site` (vitest.config.mts).
 */
export const CONTENT_ROOT = process.env.CONTENT_DIR
  ? path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR)
  : path.join(process.cwd(), "content");

/* ---- Caches ---- */

const caches = new Set<Map<unknown, unknown>>();

/**
 * A cache of what is read from content/ or made from it (compiled pages, the registry,
 * interface strings, search indexes). In a build each file is read once. In development
 * (`npm run dev`) every cache is emptied as soon as a content file changes, so an edited
 * page shows on the next reload without a restart.
 */
export function contentCache<K, V>(): Map<K, V> {
  const cache = new Map<K, V>();
  caches.add(cache as Map<unknown, unknown>);
  return cache;
}

let newestSeen = 0;

/** In development: empties every content cache if a file under `root` changed since the last call. */
export function forgetEditedContent(root: string = CONTENT_ROOT): void {
  if (process.env.NODE_ENV !== "development") return;
  const newest = newestChange(root);
  if (newest > newestSeen) {
    for (const cache of caches) cache.clear();
    newestSeen = newest;
  }
}

function newestChange(dir: string): number {
  let newest = fs.statSync(/* turbopackIgnore: true */ dir).mtimeMs;
  for (const entry of fs.readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(/* turbopackIgnore: true */ full).mtimeMs);
  }
  return newest;
}

/* ---- Reading files ---- */

/**
 * A content file's text as the checks and the compiler expect it: without a byte-order
 * mark and with `\n` line ends, whatever editor saved it (Windows editors write `\r\n`,
 * which would end the last frontmatter value in a stray `\r`). Lines keep their numbers.
 */
function readText(file: string): string {
  return fs
    .readFileSync(/* turbopackIgnore: true */ file, "utf8")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
}

/* ---- The registry, interface strings and source checks (JSON) ---- */

/**
 * A JSON file, parsed; its name relative to the project and where each value sits, for
 * messages. A file that is not JSON fails naming the file, the line and the parser's complaint.
 */
function readJson(file: string): { raw: unknown; relative: string; lineOf: LineOf } {
  const relative = path.relative(process.cwd(), file);
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    throw new ContentError(relative, [`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`], {
      cause: error,
    });
  }
  try {
    return { raw: JSON.parse(text), relative, lineOf: valueLineOf(text) };
  } catch (error) {
    const { offset, reason } = jsonErrorAt((error as Error).message, text);
    const problem = atLine(offset === undefined ? undefined : lineAt(text, offset), `not valid JSON: ${reason}`);
    throw new ContentError(relative, [problem], { cause: error });
  }
}

const registries = contentCache<string, Map<string, Resource>>();

/** Every source and office from `<root>/resources.json`, by key (read once). */
export function getRegistry(root: string = CONTENT_ROOT): Map<string, Resource> {
  let registry = registries.get(root);
  if (!registry) {
    const { raw, relative, lineOf } = readJson(path.join(root, "resources.json"));
    registry = parseRegistry(raw, relative, lineOf);
    registries.set(root, registry);
  }
  return registry;
}

const texts = contentCache<string, ResourceTexts>();

/** The directory's words in one language (`<root>/<locale>/resources.json`), checked against the registry (read once). */
export function getResourceTexts(locale: Locale, root: string = CONTENT_ROOT): ResourceTexts {
  const key = `${root}\0${locale}`;
  let result = texts.get(key);
  if (!result) {
    const { raw, relative, lineOf } = readJson(path.join(root, locale, "resources.json"));
    result = parseResourceTexts(raw, relative, getRegistry(root), lineOf);
    texts.set(key, result);
  }
  return result;
}

const uiStrings = contentCache<string, UiStrings>();

/**
 * Every interface string of a locale from `<root>/<locale>/ui.json` (validated, read once).
 * A translation must keep every {placeholder} of the English string.
 */
export function getUiStrings(locale: Locale, root: string = CONTENT_ROOT): UiStrings {
  const key = `${root}\0${locale}`;
  let strings = uiStrings.get(key);
  if (!strings) {
    const { raw, relative, lineOf } = readJson(path.join(root, locale, "ui.json"));
    const parsed = parseContent(UiStringsSchema, raw, relative, lineOf);
    if (locale !== DEFAULT_LOCALE) {
      const english = getUiStrings(DEFAULT_LOCALE, root);
      const problems = UI_KEYS.flatMap((uiKey) =>
        placeholders(english[uiKey])
          .filter((placeholder) => !parsed[uiKey].includes(placeholder))
          .map((placeholder) => atLine(lineOf([uiKey]), `"${uiKey}" must keep ${placeholder}`)),
      );
      if (problems.length > 0) throw new ContentError(relative, problems);
    }
    strings = parsed;
    uiStrings.set(key, strings);
  }
  return strings;
}

const checks = contentCache<string, SourceCheckState>();

/**
 * The last reviewed check of every source (`<root>/source-checks.json`, written by
 * `npm run check-sources -- --update`), read once. A missing file means nothing was checked.
 */
export function getSourceChecks(root: string = CONTENT_ROOT): SourceCheckState {
  let state = checks.get(root);
  if (!state) {
    const file = path.join(root, "source-checks.json");
    if (fs.existsSync(/* turbopackIgnore: true */ file)) {
      const { raw, relative, lineOf } = readJson(file);
      state = parseContent(SourceCheckStateSchema, raw, relative, lineOf);
    } else {
      state = { sources: {} };
    }
    checks.set(root, state);
  }
  return state;
}

/* ---- Pages (MDX) ---- */

/** The home page's file is `index.mdx`; its slug is "" and its path is `/`. */
const HOME_FILE = "index";

/** The file of a page: `<root>/<locale>/<slug>.mdx`. */
function pageFile(locale: Locale, slug: string, root: string): string {
  return path.join(root, locale, `${slug || HOME_FILE}.mdx`);
}

const pages = contentCache<string, Promise<Page>>();

const slugLists = contentCache<string, string[]>();

/** Slugs of every page of a locale, from its folder (home is ""); the listing is read once. */
export function listSlugs(locale: Locale, root: string = CONTENT_ROOT): string[] {
  const key = `${root}\0${locale}`;
  let slugs = slugLists.get(key);
  if (!slugs) {
    slugs = fs
      .readdirSync(path.join(/* turbopackIgnore: true */ root, locale))
      .filter((file) => file.endsWith(".mdx"))
      .map((file) => file.slice(0, -".mdx".length))
      .map((name) => (name === HOME_FILE ? "" : name))
      .sort();
    slugLists.set(key, slugs);
  }
  return slugs;
}

/**
 * A page's frontmatter only, validated, without compiling the page (for reports such as
 * `npm run i18n:status`). Fails naming the file and the field.
 */
export function readFrontmatter(locale: Locale, slug: string, root: string = CONTENT_ROOT): PageFrontmatter {
  const file = pageFile(locale, slug, root);
  const relative = path.relative(process.cwd(), file);
  const source = readText(file);
  let data: unknown;
  try {
    data = matter(source, FRONTMATTER).data;
  } catch (error) {
    throw new ContentError(relative, [describeCompileError(error)]);
  }
  return parseContent(PageFrontmatterSchema, data, relative, frontmatterLineOf(source), "frontmatter");
}

/** Where a frontmatter field is in its page's file: the frontmatter's text starts on line 2, after `---`. */
function frontmatterLineOf(source: string): LineOf {
  const start = source.indexOf("\n") + 1;
  const end = source.indexOf("\n---", start - 1);
  const lineOf = valueLineOf(source.slice(start, end < start ? undefined : end));
  return (at) => {
    const line = lineOf(at);
    return line === undefined ? undefined : line + 1;
  };
}

/**
 * Whether a translated page holds English text that waits for its translation
 * (`<InEnglish>`), without compiling it (for `npm run i18n:status`).
 */
export function hasEnglishParts(locale: Locale, slug: string, root: string = CONTENT_ROOT): boolean {
  return /<InEnglish\b/.test(readText(pageFile(locale, slug, root)));
}

/** One compiled page, or null when the locale has no such file. */
export async function getPage(locale: Locale, slug: string, root: string = CONTENT_ROOT): Promise<Page | null> {
  if (!listSlugs(locale, root).includes(slug)) return null;
  const key = `${root}\0${locale}\0${slug}`;
  let page = pages.get(key);
  if (!page) {
    page = compilePage(locale, slug, root);
    pages.set(key, page);
    // A failed compile is not cached, so a fixed file is read again in `next dev`.
    page.catch(() => pages.delete(key));
  }
  return page;
}

/** Summaries of every page of a locale, in navigation order (home first). */
export async function listPages(locale: Locale, root: string = CONTENT_ROOT): Promise<PageSummary[]> {
  const slugs = listSlugs(locale, root);
  const all = await Promise.all(slugs.map((slug) => getPage(locale, slug, root)));
  return all
    .filter((page): page is Page => page !== null)
    .map(toSummary)
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** Params for `generateStaticParams` of the section route: every non-home page of every locale. */
export async function listParams(root: string = CONTENT_ROOT): Promise<{ locale: Locale; section: string }[]> {
  await checkPageParity(root);
  const perLocale = await Promise.all(
    LOCALES.map(async ({ code }) =>
      listSlugs(code, root)
        .filter(Boolean)
        .map((section) => ({ locale: code, section })),
    ),
  );
  return perLocale.flat();
}

/**
 * Every language must have exactly the pages English has. Fails naming the
 * locale and the missing or extra file.
 */
export async function checkPageParity(root: string = CONTENT_ROOT): Promise<void> {
  const english = listSlugs(DEFAULT_LOCALE, root);
  const problems: string[] = [];
  for (const { code } of LOCALES.filter((info) => info.code !== DEFAULT_LOCALE)) {
    let slugs: string[] = [];
    try {
      slugs = listSlugs(code, root);
    } catch {
      // A language folder that does not exist yet: every page is missing.
    }
    const file = (slug: string) => `content/${code}/${slug || HOME_FILE}.mdx`;
    for (const slug of english.filter((slug) => !slugs.includes(slug))) {
      problems.push(`${code}: ${file(slug)} is missing (English has content/${DEFAULT_LOCALE}/${slug || HOME_FILE}.mdx)`);
    }
    for (const slug of slugs.filter((slug) => !english.includes(slug))) {
      problems.push(`${code}: ${file(slug)} has no English page`);
    }
  }
  if (problems.length > 0) throw new ContentError("content", problems);
}

/**
 * A translated page must keep the English page's ids, citations, directory keys,
 * internal links and components, so `/es/faq#<id>` is the same question as `/faq#<id>`.
 */
function compareWithEnglish(page: Page, english: Page, lineOf: LineOf): string[] {
  const problems: string[] = [];
  const differ = (what: FactKind, ours: readonly string[], theirs: readonly string[]) => {
    for (const item of theirs.filter((x) => !ours.includes(x))) {
      const there = english.lines.get(factKey(what, item));
      problems.push(`${what} "${item}" is in the English page${there ? ` at line ${there}` : ""} but missing here`);
    }
    for (const item of ours.filter((x) => !theirs.includes(x)))
      problems.push(atLine(page.lines.get(factKey(what, item)), `${what} "${item}" is not in the English page`));
  };
  differ(
    "id",
    page.anchors.map((a) => a.id),
    english.anchors.map((a) => a.id),
  );
  differ("citation", page.citations, english.citations);
  differ("directory key", page.resources, english.resources);
  differ("link", page.internalLinks, english.internalLinks);
  differ(
    "component",
    page.components.filter((name) => !TRANSLATION_ONLY.has(name)),
    english.components,
  );
  const field = (name: string, problem: string) => problems.push(atLine(lineOf([name]), problem));
  if (page.order !== english.order) field("order", `frontmatter field "order" must be ${english.order}, as in English`);
  if (page.navigation !== english.navigation)
    field("navigation", `frontmatter field "navigation" must be ${english.navigation}, as in English`);
  if (page.schema !== english.schema)
    field("schema", `frontmatter field "schema" must be ${english.schema ?? "absent"}, as in English`);
  if (page.translation && translationState(page.translation, english.lastReviewed) === "ahead") {
    problems.push(
      atLine(
        lineOf(["translation", "from"]),
        `translation.from (${page.translation.from}) is later than the English lastReviewed (${english.lastReviewed})`,
      ),
    );
  }
  return problems;
}

function toSummary(page: Page): PageSummary {
  const {
    code: _code,
    anchors: _a,
    citations: _c,
    resources: _r,
    internalLinks: _l,
    components: _u,
    lines: _n,
    ...summary
  } = page;
  return summary;
}

async function compilePage(locale: Locale, slug: string, root: string): Promise<Page> {
  const file = pageFile(locale, slug, root);
  const relative = path.relative(process.cwd(), file);
  const source = readText(file);
  const registry = getRegistry(root);
  const facts = noFacts();

  let result: Awaited<ReturnType<typeof bundleMDX>>;
  try {
    result = await bundleMDX({
      source,
      grayMatterOptions: (options) => ({ ...options, ...FRONTMATTER }),
      // Problems are reported once, below, with the file name; esbuild need not print them too.
      esbuildOptions: (options) => ({ ...options, logLevel: "silent" }),
      // mdx-bundler passes the frontmatter it has read: the check names the line of a cited key `sources` lacks.
      mdxOptions(options, { sources }) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          [remarkCheckContent, { facts, registry, sources, translated: locale !== DEFAULT_LOCALE }],
        ];
        return options;
      },
    });
  } catch (error) {
    throw new ContentError(relative, [describeCompileError(error)]);
  }

  const lineOf = frontmatterLineOf(source);
  const frontmatter = parseContent(PageFrontmatterSchema, result.frontmatter, relative, lineOf, "frontmatter");

  const problems = [...facts.problems];
  if (locale === DEFAULT_LOCALE && frontmatter.translation) {
    problems.push(atLine(lineOf(["translation"]), `frontmatter field "translation" is only for translated pages`));
  }
  if (locale !== DEFAULT_LOCALE && !frontmatter.translation) {
    problems.push(
      atLine(
        lineOf([]),
        `frontmatter field "translation" is missing: a translated page needs it, e.g. translation: { from: 2026-11-28, reviewed: false }`,
      ),
    );
  }
  frontmatter.sources.forEach((key, index) => {
    const at = (problem: string) => atLine(lineOf(["sources", index]), problem);
    if (!registry.has(key)) problems.push(at(`frontmatter \`sources\` lists "${key}", which is not in content/resources.json`));
    else if (!facts.citations.includes(key))
      problems.push(at(`frontmatter \`sources\` lists "${key}" but the page never cites it`));
  });
  if (problems.length > 0) throw new ContentError(relative, problems);

  const page: Page = {
    ...frontmatter,
    locale,
    slug,
    path: toPath(locale, slug),
    code: result.code,
    anchors: facts.anchors,
    citations: facts.citations,
    resources: facts.resources,
    internalLinks: facts.internalLinks,
    components: facts.components,
    lines: facts.lines,
  };
  if (locale !== DEFAULT_LOCALE) {
    const english = await getPage(DEFAULT_LOCALE, slug, root);
    const parity = english ? compareWithEnglish(page, english, lineOf) : [`content/${DEFAULT_LOCALE} has no page "${slug}"`];
    if (parity.length > 0) throw new ContentError(`${relative} (${locale})`, parity);
  }
  return page;
}

function describeCompileError(error: unknown): string {
  if (error instanceof YAMLParseError && error.linePos) {
    // The frontmatter's lines are the file's: the text after `---` starts on line 2.
    const [summary = ""] = error.message.split("\n");
    return atLine(error.linePos[0].line, `frontmatter: ${summary.replace(/ at line \d+, column \d+:?$/, "")}`);
  }
  const errors = (error as { errors?: { text: string; location?: { line: number } | null }[] }).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.map((e) => describeEsbuildError(e.text, e.location?.line)).join("; ");
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * One esbuild error as `line N: what is wrong`. An MDX syntax error reads
 * "Cannot process MDX file with esbuild:\n  L:C-L:C: reason (L:C-L:C)", where the
 * last position names what the problem refers to (often the opening tag). esbuild's lines start at
 * 1; line 0 means it has none, and then that tag's line is the one to look at.
 */
function describeEsbuildError(text: string, line?: number): string {
  const syntax = /^Cannot process MDX file with esbuild:\s*(\d+):\d+(?:-\d+:\d+)?: ([\s\S]*)$/.exec(text);
  if (!syntax) return atLine(line, text);
  let reason = syntax[2]!.trim();
  let at = line || Number(syntax[1]);
  const tag = / \((\d+):\d+-\d+:\d+\)$/.exec(reason);
  if (tag) {
    reason = reason.slice(0, tag.index);
    if (!line) at = Number(tag[1]);
    else if (Number(tag[1]) !== line) reason += ` (see line ${tag[1]})`;
  }
  return atLine(at, reason);
}

/* ---- Fonts ---- */

/** The fonts of the link-preview images, from an installed package (the server's output includes them). */
const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/noto-sans/files");

/** Noto Sans Bold in one Unicode subset, e.g. `latin` or `cyrillic`, for the link-preview images. */
export function readPreviewFont(subset: string): Buffer {
  return fs.readFileSync(path.join(FONT_DIR, `noto-sans-${subset}-700-normal.woff`));
}
