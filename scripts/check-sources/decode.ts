/**
 * Turns bytes into a string using the charset the server (or, for HTML, the page's
 * `<meta charset>`) names, UTF-8 otherwise. Invalid bytes become U+FFFD replacement
 * characters instead of failing, so a page with broken encoding is still read.
 */
export function decodeBytes(bytes: Buffer, contentType: string | null, isHtml: boolean): string {
  const label = charsetOf(contentType) ?? (isHtml ? metaCharset(bytes) : null) ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: false });
  } catch {
    decoder = new TextDecoder("utf-8", { fatal: false }); // an unknown charset name
  }
  return decoder.decode(bytes);
}

function charsetOf(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "");
  return match?.[1] ?? null;
}

function metaCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString("latin1");
  const match = /<meta[^>]+charset\s*=\s*["']?([a-zA-Z0-9_-]+)/i.exec(head);
  return match?.[1] ?? null;
}
