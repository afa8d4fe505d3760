import { MDX_ELEMENTS, RESERVED_IDS, type ElementRule } from "./mdx-contract";
import type { getRegistry } from "./content";
import { atLine, IdSchema, type Anchor } from "./schema";

/**
 * The MDX check: a remark plugin that walks a page's syntax tree once, while
 * mdx-bundler compiles it, collects the page's anchors (headings, questions,
 * steps, violations, with their text), citations, directory keys, internal
 * links and components, and records every problem with its line: unknown
 * components or attributes, Markdown headings, code, pasted web addresses or
 * phone numbers, ids that are not stable and unique, unknown registry keys,
 * citations missing from the frontmatter's `sources`.
 */

/** What the check finds on a page; `problems` are reported with the file name by the loader. */
export interface Facts {
  anchors: Anchor[];
  citations: string[];
  resources: string[];
  internalLinks: string[];
  components: string[];
  /** The line where each of the above first appears, by `factKey` ("citation opsa"): a translation's problems point to it. */
  lines: Map<string, number>;
  problems: string[];
}

/** Facts of a page not yet checked. */
export function noFacts(): Facts {
  return { anchors: [], citations: [], resources: [], internalLinks: [], components: [], lines: new Map(), problems: [] };
}

/** What a translated page must keep from its English page, in the words its problems use. */
export type FactKind = "id" | "citation" | "directory key" | "link" | "component";

/** The key of one id, citation, directory key, link or component in `Facts.lines`. */
export function factKey(kind: FactKind, item: string): string {
  return `${kind} ${item}`;
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

export function remarkCheckContent({
  facts,
  registry,
  sources,
  translated = false,
}: {
  facts: Facts;
  registry: ReturnType<typeof getRegistry>;
  /** The frontmatter's `sources`, as written (not checked when it is not a list: the frontmatter check says so). */
  sources?: unknown;
  /** Whether the page is a translation (which may hold English text in `<InEnglish>`). */
  translated?: boolean;
}) {
  const listed = sources === undefined ? [] : Array.isArray(sources) ? sources : null;
  return (tree: Node) => {
    const seenIds = new Set<string>();
    let current: Anchor | undefined;
    /** How many `<InEnglish>` elements enclose the node being visited. */
    let inEnglish = 0;
    const problem = (node: Node, message: string) => facts.problems.push(atLine(node.position?.start.line, message));
    const found = (kind: FactKind, item: string, node: Node) => {
      const key = factKey(kind, item);
      if (!facts.lines.has(key) && node.position) facts.lines.set(key, node.position.start.line);
    };

    const walk = (node: Node) => {
      const english = node.name === "InEnglish" && node.type.startsWith("mdxJsx");
      inEnglish += english ? 1 : 0;
      visit(node);
      inEnglish -= english ? 1 : 0;
    };

    const visit = (node: Node) => {
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
            found("link", url, node);
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
          found("id", anchor.id, node);
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
      if (rule.translationOnly && !translated) {
        report(node, `<${name}> is only for translated pages: it marks English text that waits for its translation`);
      }
      if (!facts.components.includes(name)) facts.components.push(name);
      found("component", name, node);
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
          if (!facts.citations.includes(id)) {
            // Reported at its first use: the fix is one line in the frontmatter.
            if (listed && !listed.includes(id)) {
              report(node, `<Cite id="${id}"> is used but "${id}" is missing from frontmatter \`sources\``);
            }
            facts.citations.push(id);
          }
          found("citation", id, node);
        } else {
          if (!facts.resources.includes(id)) facts.resources.push(id);
          found("directory key", id, node);
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
      const title = rule.anchor.titleFrom === "children" ? textOf(node).trim() : (attributes.get(rule.anchor.titleFrom) ?? "");
      return { id, kind: rule.anchor.kind, level: rule.anchor.level, title, text: "", ...(inEnglish > 0 && { inEnglish: true }) };
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
