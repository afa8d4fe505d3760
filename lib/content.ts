import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { bundleMDX } from "mdx-bundler";
import { contentCache } from "./content-cache";
import { DEFAULT_LOCALE, LOCALES, toPath, translationState, type Locale } from "./i18n";
import { remarkCheckContent, type Facts } from "./mdx-check";
import { CONTENT_ROOT, getRegistry } from "./registry";
import { PageFrontmatterSchema, type Page, type PageFrontmatter, type PageSummary } from "./schema";

export type { Anchor, Page, PageSummary } from "./schema";

/**
 * The one content loader: reads `content/<locale>/<slug>.mdx`, validates the
 * frontmatter and the MDX, and compiles it once per build. Pages render the
 * compiled code on the server; the browser never receives it.
 */

/** The home page's file is `index.mdx`; its slug is "" and its path is `/`. */
const HOME_FILE = "index";

/** A content problem: names the file, and the line when known. */
export class ContentError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ContentError";
  }
}

const pages = contentCache<string, Promise<Page>>();

const slugLists = contentCache<string, string[]>();

/** Slugs of every page of a locale, from its folder (home is ""); the listing is read once. */
export function listSlugs(locale: Locale, root: string = CONTENT_ROOT): string[] {
  const key = `${root}\0${locale}`;
  let slugs = slugLists.get(key);
  if (!slugs) {
    slugs = fs
      .readdirSync(/* turbopackIgnore: true */ path.join(root, locale))
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
  const file = path.join(root, locale, `${slug || HOME_FILE}.mdx`);
  const parsed = PageFrontmatterSchema.safeParse(matter(fs.readFileSync(/* turbopackIgnore: true */ file, "utf8")).data);
  if (!parsed.success) {
    throw new ContentError(
      path.relative(process.cwd(), file),
      parsed.error.issues.map((issue) => `frontmatter field "${issue.path.join(".") || "(root)"}": ${issue.message}`),
    );
  }
  return parsed.data;
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
function compareWithEnglish(page: Page, english: Page): string[] {
  const problems: string[] = [];
  const differ = (what: string, ours: readonly string[], theirs: readonly string[]) => {
    for (const item of theirs.filter((x) => !ours.includes(x)))
      problems.push(`${what} "${item}" is in the English page but missing here`);
    for (const item of ours.filter((x) => !theirs.includes(x))) problems.push(`${what} "${item}" is not in the English page`);
  };
  differ(
    "id",
    page.anchors.map((a) => a.id),
    english.anchors.map((a) => a.id),
  );
  differ("citation", page.citations, english.citations);
  differ("directory key", page.resources, english.resources);
  differ("link", page.internalLinks, english.internalLinks);
  differ("component", page.components, english.components);
  if (page.order !== english.order) problems.push(`frontmatter field "order" must be ${english.order}, as in English`);
  if (page.navigation !== english.navigation)
    problems.push(`frontmatter field "navigation" must be ${english.navigation}, as in English`);
  if (page.schema !== english.schema)
    problems.push(`frontmatter field "schema" must be ${english.schema ?? "absent"}, as in English`);
  if (page.translation && translationState(page.translation, english.lastReviewed) === "ahead") {
    problems.push(`translation.from (${page.translation.from}) is later than the English lastReviewed (${english.lastReviewed})`);
  }
  return problems;
}

function toSummary(page: Page): PageSummary {
  const { code: _code, anchors: _a, citations: _c, resources: _r, internalLinks: _l, components: _u, ...summary } = page;
  return summary;
}

async function compilePage(locale: Locale, slug: string, root: string): Promise<Page> {
  const file = path.join(root, locale, `${slug || HOME_FILE}.mdx`);
  const relative = path.relative(process.cwd(), file);
  const source = fs.readFileSync(/* turbopackIgnore: true */ file, "utf8");
  const registry = getRegistry(root);
  const facts: Facts = { anchors: [], citations: [], resources: [], internalLinks: [], components: [], problems: [] };

  let result: Awaited<ReturnType<typeof bundleMDX>>;
  try {
    result = await bundleMDX({
      source,
      // Problems are reported once, below, with the file name; esbuild need not print them too.
      esbuildOptions: (options) => ({ ...options, logLevel: "silent" }),
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), [remarkCheckContent, { facts, registry }]];
        return options;
      },
    });
  } catch (error) {
    throw new ContentError(relative, [describeCompileError(error)]);
  }

  const frontmatter = PageFrontmatterSchema.safeParse(result.frontmatter);
  if (!frontmatter.success) {
    throw new ContentError(
      relative,
      frontmatter.error.issues.map((issue) => `frontmatter field "${issue.path.join(".") || "(root)"}": ${issue.message}`),
    );
  }

  const problems = [...facts.problems];
  if (locale === DEFAULT_LOCALE && frontmatter.data.translation) {
    problems.push(`frontmatter field "translation" is only for translated pages`);
  }
  if (locale !== DEFAULT_LOCALE && !frontmatter.data.translation) {
    problems.push(
      `frontmatter field "translation": required on a translated page, e.g. translation: { from: 2026-11-28, reviewed: false }`,
    );
  }
  const listed = new Set(frontmatter.data.sources);
  for (const key of facts.citations) {
    if (!listed.has(key)) problems.push(`<Cite id="${key}"> is used but "${key}" is missing from frontmatter \`sources\``);
  }
  for (const key of frontmatter.data.sources) {
    if (!registry.has(key)) problems.push(`frontmatter \`sources\` lists "${key}", which is not in content/resources.json`);
    else if (!facts.citations.includes(key)) problems.push(`frontmatter \`sources\` lists "${key}" but the page never cites it`);
  }
  if (problems.length > 0) throw new ContentError(relative, problems);

  const page: Page = {
    ...frontmatter.data,
    locale,
    slug,
    path: toPath(locale, slug),
    code: result.code,
    anchors: facts.anchors,
    citations: facts.citations,
    resources: facts.resources,
    internalLinks: facts.internalLinks,
    components: facts.components,
  };
  if (locale !== DEFAULT_LOCALE) {
    const english = await getPage(DEFAULT_LOCALE, slug, root);
    const parity = english ? compareWithEnglish(page, english) : [`content/${DEFAULT_LOCALE} has no page "${slug}"`];
    if (parity.length > 0) throw new ContentError(`${relative} (${locale})`, parity);
  }
  return page;
}

function describeCompileError(error: unknown): string {
  const errors = (error as { errors?: { text: string; location?: { line: number } | null }[] }).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.map((e) => (e.location ? `line ${e.location.line}: ${e.text}` : e.text)).join("; ");
  }
  return error instanceof Error ? error.message : String(error);
}
