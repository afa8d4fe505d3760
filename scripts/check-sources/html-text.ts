import { decodeEntities } from "./entities";

/** The readable part of an HTML page. */
export interface HtmlText {
  /** The `<title>`, or null when there is none. */
  title: string | null;
  /** The main text: one line per block (paragraph, heading, list item…), spaces collapsed. */
  text: string;
}

/** Elements whose content is raw text a reader never sees; one never closed hides the rest of the page, as in a browser. */
const RAW_TEXT = ["script", "style", "title"];
/** The end tag of each RAW_TEXT element, e.g. `</script >`. */
const RAW_TEXT_END = new Map(RAW_TEXT.map((name) => [name, new RegExp(`</${name}\\s*>`, "gi")]));

/**
 * Dropped with everything inside, wherever they are: elements with no reader-visible text
 * (or only a menu of choices), and site furniture.
 */
const ALWAYS_DROPPED = new Set([
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "canvas",
  "select",
  "datalist",
  "nav",
  "aside",
  "dialog",
]);
/** Site header and footer: dropped unless they sit inside the chosen main content. */
const PAGE_FURNITURE = new Set(["header", "footer"]);
/** ARIA roles of navigation boilerplate. */
const DROPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog"]);

/** Tags that start a new line of text; every other tag joins its text to its neighbours, as a browser does. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "br",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "nav",
  "ol",
  "option",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

type Token =
  { type: "text"; text: string } | { type: "open"; name: string; attributes: string } | { type: "close"; name: string };

/**
 * Extracts a page's main text: markup, scripts, styles, navigation, site header and footer,
 * hidden elements and whitespace removed; `<main>` (or role=main), else `<article>`, is
 * preferred when present. A new cache-busting script, a changed menu or banner, or a class
 * renamed in the markup therefore leaves the text (and its fingerprint) unchanged.
 */
export function htmlText(html: string): HtmlText {
  const { tokens, title: rawTitle } = tokenize(html);
  const title = rawTitle === null ? null : collapse(decodeEntities(rawTitle.slice(0, 2000))).slice(0, 300) || null;
  const closeOf = matchCloseTags(tokens);
  const regions = mainRegions(tokens, closeOf);
  const keepFurniture = regions.length > 0;
  const ranges = keepFurniture ? regions : [{ start: 0, end: tokens.length }];

  let out = "";
  for (const { start, end } of ranges) {
    for (let i = start; i < end; i += 1) {
      const token = tokens[i]!;
      if (token.type === "text") {
        out += decodeEntities(token.text);
      } else if (token.type === "open" && isDropped(token.name, token.attributes, keepFurniture)) {
        out += "\n";
        i = closeOf.get(i) ?? i; // skip to its end tag (or just the tag, when it is never closed)
      } else if (BLOCK.has(token.name)) {
        out += "\n";
      }
    }
    out += "\n";
  }
  return { title, text: toLines(out) };
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  return text
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** One collapsed line per block, empty lines dropped. */
function toLines(text: string): string {
  return text
    .split("\n")
    .map(collapse)
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * Splits HTML into text, start tags and end tags, in one pass, and picks up the first `<title>`.
 * - Comments, doctypes and processing instructions are skipped.
 * - RAW_TEXT elements are skipped up to their end tag (one never closed hides the rest, as in a browser).
 * - A tag ends at the first `>` outside a quoted attribute value; a tag still open at the end is dropped.
 * - A `<` that starts no tag is text.
 * Each character is looked at a bounded number of times, so broken HTML cannot make it slow.
 */
function tokenize(html: string): { tokens: Token[]; title: string | null } {
  const tokens: Token[] = [];
  let title: string | null = null;
  let text = "";
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);

    const markup = skipMarkup(html, lt);
    if (markup !== null) {
      if (markup === -1) break;
      i = markup;
      continue;
    }
    const start = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!start) {
      text += "<";
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + start[0].length);
    if (end === -1) break;
    if (text) tokens.push({ type: "text", text });
    text = "";
    const name = start[2]!.toLowerCase();
    i = end + 1;
    if (start[1]) {
      tokens.push({ type: "close", name });
    } else if (RAW_TEXT.includes(name)) {
      const closing = RAW_TEXT_END.get(name)!;
      closing.lastIndex = i;
      const found = closing.exec(html);
      if (name === "title" && title === null) title = html.slice(i, found ? found.index : html.length);
      if (!found) break;
      i = closing.lastIndex;
    } else {
      tokens.push({ type: "open", name, attributes: html.slice(lt + start[0].length, end) });
    }
  }
  if (text) tokens.push({ type: "text", text });
  return { tokens, title };
}

/**
 * At a `<` that opens a comment, CDATA section, doctype or processing instruction, the index
 * just after it (-1 when it never ends); null when the `<` opens none of these.
 */
function skipMarkup(html: string, lt: number): number | null {
  const closer = html.startsWith("<!--", lt)
    ? "-->"
    : html.startsWith("<![CDATA[", lt)
      ? "]]>"
      : /^<[!?]/.test(html.slice(lt, lt + 2))
        ? ">"
        : null;
  if (closer === null) return null;
  const close = html.indexOf(closer, lt + 2);
  return close === -1 ? -1 : close + closer.length;
}

/** The index of the `>` that ends a tag whose attributes start at `from` (quotes after `=` hide `>`), or -1. */
function tagEnd(html: string, from: number): number {
  let quote = "";
  let afterEquals = false;
  for (let i = from; i < html.length; i += 1) {
    const char = html[i]!;
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === ">") {
      return i;
    } else if ((char === '"' || char === "'") && afterEquals) {
      quote = char;
    } else if (char === "=") {
      afterEquals = true;
    } else if (!/\s/.test(char)) {
      afterEquals = false;
    }
  }
  return -1;
}

/** For each start tag that has a matching end tag (same name, properly nested), the index of that end tag. */
function matchCloseTags(tokens: Token[]): Map<number, number> {
  const open = new Map<string, number[]>();
  const closeOf = new Map<number, number>();
  tokens.forEach((token, index) => {
    if (token.type === "open") {
      if (/\/\s*$/.test(token.attributes)) return; // <br/>, <div/>: nothing inside
      const stack = open.get(token.name) ?? [];
      stack.push(index);
      open.set(token.name, stack);
    } else if (token.type === "close") {
      const start = open.get(token.name)?.pop();
      if (start !== undefined) closeOf.set(start, index);
    }
  });
  return closeOf;
}

/** The token ranges of `<main>`/role=main elements, or else of `<article>` elements; empty when neither exists. */
function mainRegions(tokens: Token[], closeOf: Map<number, number>): { start: number; end: number }[] {
  const find = (isRegion: (name: string, attributes: string) => boolean) => {
    const regions: { start: number; end: number }[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i]!;
      const close = closeOf.get(i);
      if (token.type === "open" && close !== undefined && isRegion(token.name, token.attributes)) {
        regions.push({ start: i + 1, end: close });
        i = close; // a region inside a region is already included
      }
    }
    return regions;
  };
  const main = find((name, attributes) => name === "main" || roleOf(attributes) === "main");
  return main.length > 0 ? main : find((name) => name === "article");
}

function isDropped(name: string, attributes: string, insideMain: boolean): boolean {
  if (ALWAYS_DROPPED.has(name)) return true;
  if (PAGE_FURNITURE.has(name) && !insideMain) return true;
  if (DROPPED_ROLES.has(roleOf(attributes))) return true;
  if (attributeValue(attributes, "hidden") !== null) return true;
  return attributeValue(attributes, "aria-hidden")?.trim().toLowerCase() === "true";
}

function roleOf(attributes: string): string {
  return (attributeValue(attributes, "role") ?? "").trim().toLowerCase();
}

/** The value of one attribute in a start tag's attribute text: null when absent, "" when present without a value. */
function attributeValue(attributes: string, name: string): string | null {
  const attribute = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (let match = attribute.exec(attributes); match; match = attribute.exec(attributes)) {
    if (match[1]!.toLowerCase() === name) return match[2] ?? match[3] ?? match[4] ?? "";
  }
  return null;
}
