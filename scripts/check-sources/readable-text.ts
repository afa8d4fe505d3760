import { decodeBytes } from "./decode";
import { htmlText } from "./html-text";
import { pdfText } from "./pdf-text";
import type { TextKind } from "../../lib/source-check-types";

/** The readable text of a response, and how it was obtained. */
export interface ReadableText {
  /** `bytes` when the type has no readable text (or none was found): `text` is then empty. */
  kind: TextKind;
  /** One line per block of text, whitespace collapsed inside lines. */
  text: string;
  /** An HTML page's `<title>`, otherwise null. */
  title: string | null;
}

/**
 * Reads HTML, PDF and plain text. Anything else (images, Word files…), and a response in
 * which no readable text was found, has kind `bytes`: its raw bytes are fingerprinted instead.
 */
export function readableText(body: Buffer, contentType: string | null): ReadableText {
  const type = typeOf(body, contentType);
  if (type === "html") {
    const { text, title } = htmlText(decodeBytes(body, contentType, true));
    // A page drawn only by JavaScript has no text to compare: its bytes are used instead.
    return { kind: text ? "html" : "bytes", text, title };
  }
  if (type === "pdf") {
    const text = toLines(pdfText(body));
    return isReadable(text) ? { kind: "pdf", text, title: null } : { kind: "bytes", text: "", title: null };
  }
  if (type === "text") {
    const text = toLines(decodeBytes(body, contentType, false));
    return { kind: text ? "text" : "bytes", text, title: null };
  }
  return { kind: "bytes", text: "", title: null };
}

/** The type from the Content-Type header, or from the first bytes when the header is missing or generic. */
function typeOf(body: Buffer, contentType: string | null): "html" | "pdf" | "text" | "other" {
  const mime = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (mime === "text/html" || mime === "application/xhtml+xml") return "html";
  if (mime === "application/pdf" || mime === "application/x-pdf") return "pdf";
  if (mime.startsWith("text/")) return "text";
  if (mime === "" || mime === "application/octet-stream" || mime === "binary/octet-stream") {
    const start = body.subarray(0, 512).toString("latin1");
    if (start.startsWith("%PDF-")) return "pdf";
    if (/^\s*(?:<!doctype html|<html)/i.test(start)) return "html";
  }
  return "other";
}

function toLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * True when extracted PDF text looks like words: at least 20 letters, and most characters
 * are letters, digits, punctuation or spaces. Glyph numbers from custom font encodings fail this.
 */
function isReadable(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const ordinary = text.match(/[\p{L}\p{N}\p{P}\p{Zs}\n$+<=>|~^`]/gu)?.length ?? 0;
  return letters >= 20 && ordinary / text.length >= 0.85;
}
