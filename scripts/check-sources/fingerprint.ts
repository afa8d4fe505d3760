import { createHash } from "node:crypto";

/**
 * The text as compared: Unicode NFC, invisible characters (zero-width spaces, soft
 * hyphens) removed, every run of whitespace (line breaks included) one space.
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** `sha256:<hex>` of the normalised readable text: two pages with the same words get the same fingerprint. */
export function fingerprintText(text: string): string {
  return `sha256:${createHash("sha256").update(normaliseText(text), "utf8").digest("hex")}`;
}

/** `sha256:<hex>` of raw bytes, for a type with no readable text. */
export function fingerprintBytes(bytes: Uint8Array): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
