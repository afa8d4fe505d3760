import fs from "node:fs";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import { contentCache } from "./content-cache";
import { DEFAULT_LOCALE, LOCALES, toPath, type Locale } from "./i18n";
import { MDX_ELEMENTS, RESERVED_IDS, type ElementRule } from "./mdx-contract";
import { CONTENT_ROOT, getRegistry } from "./registry";
import { IdSchema, PageFrontmatterSchema, type Anchor, type Page, type PageSummary } from "./schema";

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
      listSlugs(code, root).filter(Boolean).map((section) => ({ locale: code, section })),
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
    for (const item of theirs.filter((x) => !ours.includes(x))) problems.push(`${what} "${item}" is in the English page but missing here`);
    for (const item of ours.filter((x) => !theirs.includes(x))) problems.push(`${what} "${item}" is not in the English page`);
  };
  differ("id", page.anchors.map((a) => a.id), english.anchors.map((a) => a.id));
  differ("citation", page.citations, english.citations);
  differ("directory key", page.resources, english.resources);
  differ("link", page.internalLinks, english.internalLinks);
  differ("component", page.components, english.components);
  if (page.order !== english.order) problems.push(`frontmatter field "order" must be ${english.order}, as in English`);
  if (page.navigation !== english.navigation) problems.push(`frontmatter field "navigation" must be ${english.navigation}, as in English`);
  if (page.schema !== english.schema) problems.push(`frontmatter field "schema" must be ${english.schema ?? "absent"}, as in English`);
  if (page.translation && page.translation.from > english.lastReviewed) {
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
    problems.push(`frontmatter field "translation": required on a translated page, e.g. translation: { from: 2026-11-28, reviewed: false }`);
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

// ---------------------------------------------------------------------------
// The MDX check: a remark plugin that walks the syntax tree once, collects the
// page's anchors, citations and directory links, and records every problem.

interface Facts {
  anchors: Anchor[];
  citations: string[];
  resources: string[];
  internalLinks: string[];
  components: string[];
  problems: string[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Syntax-tree nodes that end a run of text. */
const BLOCKS = new Set(["paragraph", "listItem", "tableCell", "blockquote", "mdxJsxFlowElement"]);

/** Phone numbers typed into text: (916) 808-7525, 916-808-7525, 9-1-1, 3-1-1. */
export const PHONE_PATTERN = /\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b|\b\d-\d-\d\b/;

/**
 * A service number written as a number in a page's prose: "call City 311", "911".
 * A reader dials it, so it must be a tap-to-call link (`<Phone id="sac-311" …/>`).
 * (The directory's words may name "City 311" as a service: its numbers are links beside them.)
 */
export const SERVICE_NUMBER_PATTERN = /(?<![\d.,-])\b[2-9]11\b(?![\d.,-]\d)/;

function remarkCheckContent({ facts, registry }: { facts: Facts; registry: ReturnType<typeof getRegistry> }) {
  return (tree: Node) => {
    const seenIds = new Set<string>();
    let current: Anchor | undefined;
    const problem = (node: Node, message: string) =>
      facts.problems.push(node.position ? `line ${node.position.start.line}: ${message}` : message);

    const walk = (node: Node) => {
      switch (node.type) {
        case "heading":
          problem(node, `use <H2 id="…"> or <H3 id="…"> instead of a Markdown heading, so its id is explicit`);
          break;
        case "mdxjsEsm":
          // mdx-bundler adds a generated `export const frontmatter` (it has no position).
          if (node.position) problem(node, "MDX files cannot import or export code; use the components in components/mdx");
          break;
        case "mdxFlowExpression":
        case "mdxTextExpression":
          problem(node, "`{…}` expressions are not allowed in content");
          break;
        case "link": {
          const url = node.url ?? "";
          if (/^(https?:|mailto:|tel:|\/\/)/i.test(url)) {
            problem(node, `do not paste "${url}": add it to content/resources.json and use <Resource id="…">`);
          } else if (url.startsWith("/")) {
            facts.internalLinks.push(url);
          }
          break;
        }
        case "text":
          if (typeof node.value === "string") {
            const typed = node.value.match(PHONE_PATTERN) ?? node.value.match(SERVICE_NUMBER_PATTERN);
            if (typed) {
              problem(node, `do not type phone numbers ("${typed[0]}"): use <Phone id="…"> or <Contact id="…">`);
            }
            if (current) current.text += node.value;
          }
          break;
        case "mdxJsxFlowElement":
        case "mdxJsxTextElement": {
          const anchor = checkElement(node, problem);
          if (!anchor) {
            if (current) current.text += spokenText(node);
            break;
          }
          if (seenIds.has(anchor.id)) problem(node, `id "${anchor.id}" is used twice on this page`);
          seenIds.add(anchor.id);
          facts.anchors.push(anchor);
          // A heading's children are its title; the text after it, up to the next anchor, is its body.
          const enclosing = current;
          current = anchor;
          if (anchor.kind === "heading") return;
          // A question, step or violation's body is its children: after it, the enclosing section goes on.
          node.children?.forEach(walk);
          current = enclosing;
          return;
        }
      }
      node.children?.forEach(walk);
      // Blocks end with a space, so words of two paragraphs never run together.
      if (current && BLOCKS.has(node.type)) current.text += " ";
    };

    const checkElement = (node: Node, report: typeof problem): Anchor | undefined => {
      const name = node.name ?? "";
      const rule: ElementRule | undefined = (MDX_ELEMENTS as Record<string, ElementRule>)[name];
      if (!rule) {
        report(node, `<${name || "fragment"}> is not an MDX component of this site (see components/mdx/index.ts)`);
        return undefined;
      }
      if (!facts.components.includes(name)) facts.components.push(name);
      const attributes = new Map<string, string>();
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== "mdxJsxAttribute" || !attribute.name) {
          report(node, `<${name}> takes only plain attributes`);
          continue;
        }
        if (typeof attribute.value !== "string") {
          report(node, `<${name} ${attribute.name}> must be a plain string in quotes`);
          continue;
        }
        if (![...rule.required, ...(rule.optional ?? [])].includes(attribute.name)) {
          report(node, `<${name}> has no attribute "${attribute.name}"`);
        }
        attributes.set(attribute.name, attribute.value);
      }
      for (const required of rule.required) {
        if (!attributes.get(required)?.trim()) report(node, `<${name}> needs a ${required}="…" attribute`);
      }
      const id = attributes.get("id");
      if (!id) return undefined;

      if (rule.ref) {
        const entry = registry.get(id);
        if (!entry) {
          report(node, `<${name} id="${id}">: "${id}" is not in content/resources.json`);
        } else if (rule.ref === "source") {
          if (!entry.url) report(node, `<Cite id="${id}">: "${id}" has no official URL to cite`);
          if (!facts.citations.includes(id)) facts.citations.push(id);
        } else {
          if (!facts.resources.includes(id)) facts.resources.push(id);
          const line = attributes.get("line");
          if (name === "Phone" && entry.phones.length === 0) report(node, `<Phone id="${id}">: "${id}" has no phone number`);
          if (line && !entry.phones.some((phone) => phone.id === line)) {
            report(node, `<Phone id="${id}" line="${line}">: "${id}" has no phone "${line}"`);
          }
        }
        return undefined;
      }

      if (!rule.anchor) return undefined;
      const parsed = IdSchema.safeParse(id);
      if (!parsed.success) report(node, `<${name} id="${id}">: id ${parsed.error.issues[0]?.message}`);
      if (RESERVED_IDS.has(id) || registry.has(id)) {
        report(node, `<${name} id="${id}">: "${id}" is reserved for the page layout or the directory`);
      }
      const title =
        rule.anchor.titleFrom === "children" ? textOf(node).trim() : (attributes.get(rule.anchor.titleFrom) ?? "");
      return { id, kind: rule.anchor.kind, level: rule.anchor.level, title, text: "" };
    };

    /** What a directory element shows in the sentence: the entry's name, or the phone number. */
    const spokenText = (node: Node): string => {
      const id = node.attributes?.find((attribute) => attribute.name === "id")?.value;
      const entry = typeof id === "string" ? registry.get(id) : undefined;
      if (!entry) return "";
      if (node.name === "Phone") {
        const line = node.attributes?.find((attribute) => attribute.name === "line")?.value;
        return (entry.phones.find((phone) => phone.id === line) ?? entry.phones[0])?.display ?? "";
      }
      if (node.name === "Contact") return ` ${entry.name} `;
      if (node.name === "Resource" && !node.children?.length) return entry.name;
      return "";
    };

    walk(tree);
    for (const anchor of facts.anchors) anchor.text = anchor.text.replace(/\s+/g, " ").trim();
  };
}

function textOf(node: Node): string {
  if (node.type === "text" || node.type === "inlineCode") return String(node.value ?? "");
  return (node.children ?? []).map(textOf).join("");
}
