/**
 * Site search: the same code runs on the server (for `/search?q=` without
 * JavaScript) and in the browser (instant results as the reader types). It
 * matches the words of the query inside the text, so it needs no word list
 * per language: Chinese (written without spaces), Punjabi, Hindi, Persian and
 * Hmong work the same way as English. Accents and tone marks of Latin letters
 * are ignored, so "thanh pho" finds "thành phố".
 */

/** Longer queries are cut: no one types more, and it bounds the work per search (the search box's `maxlength` too). */
export const MAX_QUERY = 200;

/** A query as it is searched and shown: cut to `MAX_QUERY` characters. */
export function cutQuery(query: string): string {
  return query.slice(0, MAX_QUERY);
}

/** One searchable place in the guide: a heading, question, step, violation, page or directory entry. */
export interface SearchDoc {
  /** Where it is, e.g. `/es/faq#who-can-complain`. */
  url: string;
  /** Its heading or name. */
  title: string;
  /** The page or directory group it is on. */
  section: string;
  /** Its text, as the reader sees it. */
  text: string;
  /** Set when it is English text in a translated page (`<InEnglish>`). */
  inEnglish?: true;
}

/** A piece of a snippet; `hit` pieces are the words the reader searched for. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchResult {
  url: string;
  title: string;
  section: string;
  snippet: SnippetPart[];
  /** Its title and snippet are English text in a translated page. */
  inEnglish?: true;
}

/** Combining accents of Latin letters (Vietnamese tones included) and Arabic vowel marks. */
// The class holds ranges of combining marks on purpose: each mark is removed on its own.
// eslint-disable-next-line no-misleading-character-class
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u064b-\u065f\u0670]/g;
/** Invisible joiners and soft hyphens, which a reader may or may not type (Persian uses the ZWNJ). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const HAN = /\p{Script=Han}/u;

/** One character folded for matching: no accents, lower case, one form of each letter. */
function foldChar(char: string): string {
  return char
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(INVISIBLE, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[يى]/g, "ی")
    .replace(/ك/g, "ک")
    .toLowerCase();
}

/** Text folded for matching. */
export function fold(text: string): string {
  return folded(text).value;
}

/** Folded text, and for each folded character the index of the original character it came from. */
function folded(text: string): { value: string; origin: number[] } {
  let value = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const out = foldChar(char);
    value += out;
    for (let i = 0; i < out.length; i += 1) origin.push(index);
    index += char.length;
  }
  return { value, origin };
}

/**
 * The query's words, folded. A single letter or digit would match almost
 * everything, so it only counts in Chinese, where one character is a word.
 */
export function toTerms(query: string): string[] {
  const words = fold(query).split(/[\s,.;:!?¿¡()[\]{}<>/\\"'“”‘’«»「」『』。，、？！：；·]+/u);
  return [...new Set(words.filter((word) => [...word].length > 1 || HAN.test(word)))];
}

/** How well one folded term matches one document (0: not at all). */
function scoreTerm(term: string, doc: FoldedDoc): number {
  let score = 0;
  if (doc.title.includes(term)) score += 10;
  if (doc.section.includes(term)) score += 2;
  const count = countOf(doc.text, term);
  score += count > 0 ? 1 + Math.min(count, 5) * 0.5 : 0;
  if (score === 0 && HAN.test(term) && [...term].length > 2) {
    // Chinese has no spaces, so "警察投诉" is one term: it also matches when most of
    // its pairs of characters appear (投诉, 警察), in any order.
    const chars = [...term];
    const pairs = chars.slice(1).map((char, i) => chars[i] + char);
    const all = `${doc.title} ${doc.text}`;
    const found = pairs.filter((pair) => all.includes(pair)).length;
    if (found / pairs.length >= 0.6) score += found / pairs.length;
  }
  return score;
}

function countOf(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

interface FoldedDoc {
  title: string;
  section: string;
  text: string;
}

const foldedDocs = new WeakMap<SearchDoc, FoldedDoc>();

function foldDoc(doc: SearchDoc): FoldedDoc {
  let result = foldedDocs.get(doc);
  if (!result) {
    result = { title: fold(doc.title), section: fold(doc.section), text: fold(doc.text) };
    foldedDocs.set(doc, result);
  }
  return result;
}

/**
 * The documents that match every word of the query, best first; when none
 * matches every word, those that match the most words.
 */
export function search(docs: readonly SearchDoc[], query: string, limit = 30): SearchResult[] {
  const terms = toTerms(cutQuery(query));
  if (terms.length === 0) return [];
  const scored = docs
    .map((doc) => {
      const folded = foldDoc(doc);
      const scores = terms.map((term) => scoreTerm(term, folded));
      return { doc, matched: scores.filter((s) => s > 0).length, score: scores.reduce((a, b) => a + b, 0) };
    })
    .filter((entry) => entry.matched > 0);
  const best = Math.max(0, ...scored.map((entry) => entry.matched));
  return scored
    .filter((entry) => entry.matched === best)
    .sort((a, b) => b.score - a.score || a.doc.url.localeCompare(b.doc.url))
    .slice(0, limit)
    .map(({ doc }) => ({
      url: doc.url,
      title: doc.title,
      section: doc.section,
      snippet: toSnippet(doc.text, terms),
      ...(doc.inEnglish && { inEnglish: true }),
    }));
}

/** About this many characters of text around the first hit. */
const SNIPPET_LENGTH = 180;

/** A short extract of `text` around the first hit, with every hit marked. */
export function toSnippet(text: string, terms: readonly string[]): SnippetPart[] {
  const { value, origin } = folded(text);
  const hits: [number, number][] = [];
  for (const term of terms) {
    for (let at = value.indexOf(term); at !== -1; at = value.indexOf(term, at + term.length)) {
      const start = origin[at] ?? 0;
      const last = origin[at + term.length - 1] ?? start;
      hits.push([start, last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0]?.[0] ?? 0;
  let from = Math.max(0, first - SNIPPET_LENGTH / 3);
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  // Start and end at a space where there is one nearby, not in the middle of a word.
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < first) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > first) to = space;
  }
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [start, end] of hits) {
    if (end <= at || start >= to) continue;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(Math.max(start, at), Math.min(end, to)), hit: true });
    at = Math.min(end, to);
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  if (from > 0) parts.unshift({ text: "… ", hit: false });
  if (to < text.length) parts.push({ text: " …", hit: false });
  return parts;
}
