import zlib from "node:zlib";

/** Stop inflating after this many bytes in total, so a small "zip bomb" PDF cannot fill memory. */
const MAX_INFLATED_BYTES = 50 * 1024 * 1024;

/**
 * Extracts the text a PDF draws, without a PDF library: finds each stream, inflates it when it
 * is FlateDecode (node:zlib), and reads the strings shown by the text operators Tj, TJ, ' and ".
 * Returns "" when nothing is found, e.g. for a scanned PDF, or for fonts with custom encodings
 * (those strings are glyph numbers, not letters: the caller then checks the result is readable).
 */
export function pdfText(bytes: Buffer): string {
  const raw = bytes.toString("latin1");
  const parts: string[] = [];
  let inflatedTotal = 0;
  const streamKeyword = /stream\r?\n/g;
  for (let match = streamKeyword.exec(raw); match; match = streamKeyword.exec(raw)) {
    // A stream keyword follows its dictionary's ">>"; this skips "endstream" and "stream" in other text.
    if (!/>>\s*$/.test(raw.slice(Math.max(0, match.index - 20), match.index))) continue;
    // The stream's dictionary: from its "obj" keyword (looked for in the last 4 KB only) to "stream".
    const before = raw.slice(Math.max(0, match.index - 4096), match.index);
    const dictionary = before.slice(before.lastIndexOf("obj") + 1);
    const start = match.index + match[0].length;
    const end = streamEnd(raw, dictionary, start);
    streamKeyword.lastIndex = end;
    if (!isTextCandidate(dictionary)) continue;

    let data = bytes.subarray(start, end);
    if (/\/FlateDecode|\/Fl\b/.test(dictionary)) {
      const inflated = inflate(data, MAX_INFLATED_BYTES - inflatedTotal);
      if (!inflated) continue;
      inflatedTotal += inflated.length;
      data = inflated;
    }
    const content = data.toString("latin1");
    if (!/\bBT\b/.test(content)) continue; // not a page's content stream
    const text = contentStreamText(content);
    if (text.trim()) parts.push(text);
    if (inflatedTotal >= MAX_INFLATED_BYTES) break;
  }
  return parts.join("\n");
}

/** Where a stream's data ends: by its direct /Length when that lands on `endstream`, else at the next `endstream`. */
function streamEnd(raw: string, dictionary: string, start: number): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  if (length) {
    const end = start + Number(length[1]);
    if (/^\s*endstream/.test(raw.slice(end, end + 20))) return end;
  }
  const found = raw.indexOf("endstream", start);
  return found === -1 ? raw.length : found;
}

/** Streams that can hold page text: unfiltered or FlateDecode only, and not images, fonts or metadata. */
function isTextCandidate(dictionary: string): boolean {
  if (/\/Subtype\s*\/Image|\/Length[123]\b|\/Type\s*\/(?:XRef|Metadata|EmbeddedFile)/.test(dictionary)) return false;
  const filters = dictionary.match(
    /\/(?:ASCIIHexDecode|ASCII85Decode|LZWDecode|RunLengthDecode|CCITTFaxDecode|JBIG2Decode|DCTDecode|JPXDecode|Crypt|AHx|A85|LZW|RL|CCF|DCT)\b/,
  );
  return !filters;
}

function inflate(data: Buffer, budget: number): Buffer | null {
  if (budget <= 0) return null;
  try {
    return zlib.inflateSync(data, { maxOutputLength: budget });
  } catch {
    try {
      // A stream with a damaged end: keep what inflates.
      return zlib.inflateSync(data, { maxOutputLength: budget, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch {
      return null;
    }
  }
}

/** Reads the strings drawn by text operators in one content stream; line moves become line breaks. */
export function contentStreamText(content: string): string {
  let out = "";
  let operands: (string | number | (string | number)[])[] = [];
  let array: (string | number)[] | null = null;
  let i = 0;
  while (i < content.length) {
    const char = content[i]!;
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === "%") {
      while (i < content.length && content[i] !== "\n" && content[i] !== "\r") i += 1;
    } else if (char === "(") {
      const { value, next } = literalString(content, i);
      (array ?? operands).push(value);
      i = next;
    } else if (char === "<" && content[i + 1] !== "<") {
      const close = content.indexOf(">", i);
      const end = close === -1 ? content.length : close;
      (array ?? operands).push(hexString(content.slice(i + 1, end)));
      i = end + 1;
    } else if (char === "[") {
      array = [];
      i += 1;
    } else if (char === "]") {
      if (array) operands.push(array);
      array = null;
      i += 1;
    } else if (/[-+.\d]/.test(char)) {
      const number = /^[-+]?\d*\.?\d+/.exec(content.slice(i, i + 32));
      (array ?? operands).push(number ? Number(number[0]) : 0);
      i += number ? number[0].length : 1;
    } else if (char === "/" || char === "<" || char === ">" || char === "{" || char === "}") {
      i += 1;
      while (i < content.length && /[^\s/<>[\]()%{}]/.test(content[i]!)) i += 1;
    } else {
      const operator = /^[A-Za-z'"*]+/.exec(content.slice(i, i + 16))?.[0] ?? char;
      out += textOf(operator, operands);
      operands = [];
      i += operator.length;
    }
  }
  return out;
}

/** The text an operator draws (or the line break it makes), given its operands. */
function textOf(operator: string, operands: (string | number | (string | number)[])[]): string {
  const last = operands[operands.length - 1];
  switch (operator) {
    case "Tj":
      return typeof last === "string" ? last : "";
    case "'":
    case '"':
      return "\n" + (typeof last === "string" ? last : "");
    case "TJ":
      // Numbers are spacing adjustments; a large negative one is a gap between words.
      return Array.isArray(last) ? last.map((part) => (typeof part === "string" ? part : part < -200 ? " " : "")).join("") : "";
    case "Td":
    case "TD":
      return operands[1] !== 0 ? "\n" : " ";
    case "Tm":
    case "T*":
    case "ET":
      return "\n";
    default:
      return "";
  }
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };

/** A `( … )` string starting at `start`: balanced parentheses, backslash escapes and octal codes. */
function literalString(content: string, start: number): { value: string; next: number } {
  let depth = 0;
  let bytes = "";
  let i = start;
  while (i < content.length) {
    const char = content[i]!;
    if (char === "\\") {
      const escaped = content[i + 1] ?? "";
      const octal = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4));
      if (octal) {
        bytes += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
        i += 1 + octal[0].length;
        continue;
      }
      if (escaped === "\r" || escaped === "\n") {
        i += escaped === "\r" && content[i + 2] === "\n" ? 3 : 2; // a line continuation
        continue;
      }
      bytes += ESCAPES[escaped] ?? escaped;
      i += 2;
      continue;
    }
    if (char === "(") {
      depth += 1;
      if (depth > 1) bytes += char;
    } else if (char === ")") {
      depth -= 1;
      if (depth === 0) return { value: decodePdfString(bytes), next: i + 1 };
      bytes += char;
    } else {
      bytes += char;
    }
    i += 1;
  }
  return { value: decodePdfString(bytes), next: i };
}

function hexString(hex: string): string {
  const digits = hex.replace(/[^0-9a-fA-F]/g, "");
  const even = digits.length % 2 === 1 ? digits + "0" : digits;
  return decodePdfString(Buffer.from(even, "hex").toString("latin1"));
}

/** PDF strings are UTF-16BE when they start with a byte-order mark, otherwise close to Latin-1. */
function decodePdfString(bytes: string): string {
  if (bytes.startsWith("\u00fe\u00ff")) {
    const utf16 = Buffer.from(bytes.slice(2), "latin1");
    return utf16
      .subarray(0, utf16.length - (utf16.length % 2))
      .swap16()
      .toString("utf16le");
  }
  return bytes;
}
