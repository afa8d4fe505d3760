import { LineCounter, isNode, parseDocument } from "yaml";

/** Where a value sits in a content file: a path (keys and indexes) to its line, from 1. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** The line (from 1) of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split("\n").length;
}

/**
 * Where `JSON.parse` stopped, as a character offset, from its message, and the message
 * without it. V8 says "… in JSON at position 415" (newer versions add "(line 9 column 52)"),
 * or, for an unexpected token, quotes the text around it: `Unexpected token ']', ..."3,\n  ],\n  "c"..."
 * is not valid JSON`, starting 10 characters before the token (or at the start of the text).
 */
export function jsonErrorAt(message: string, text: string): { offset?: number; reason: string } {
  const position = / in JSON at position (\d+)/.exec(message);
  if (position) return { offset: Number(position[1]), reason: message.slice(0, position.index) };
  const token = /^(Unexpected token '([^]*?)'), (\.\.\.)?"([^]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!token) return { reason: message };
  const [, reason = "", character = "", cut, quoted = ""] = token;
  const start = text.indexOf(quoted);
  const offset = start < 0 ? undefined : start + (cut ? 10 : text.slice(start).indexOf(character));
  return { offset: offset !== undefined && text.startsWith(character, offset) ? offset : undefined, reason };
}

/**
 * For messages about a JSON file or a page's YAML frontmatter: the line where the value
 * at a path starts or, when the path does not exist (a missing field), where the nearest
 * enclosing value starts. JSON is YAML 1.2, so the yaml package's parser gives the
 * positions for both. The text is parsed only when a line is asked for, that is, when
 * there is a problem to report.
 */
export function valueLineOf(text: string): LineOf {
  let located: { find: LineOf } | undefined;
  return (path) => {
    located ??= locate(text);
    return located.find(path);
  };
}

function locate(text: string): { find: LineOf } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  return {
    find(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}
