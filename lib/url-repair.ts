/**
 * Where to send a reader whose link was mangled on its way to them, or null when the
 * path is fine. Every path of this site is lowercase ASCII, so:
 * - a path typed in capitals from a printed card or a poster (`/FAQ`, `/ES/faq`) is lowercased;
 * - a shared link to one answer whose `#` a messaging or mail app encoded
 *   (`/es/faq%23is-there-a-deadline`) becomes the page and its section again;
 * - the end of the sentence a link was sent in, stuck to it (`/faq.`, `/faq)`, `/faq”`), is dropped.
 * Other percent-escapes are kept as they are, in the fragment too, so nothing decoded (a line
 * break, say) ever reaches the `Location` header. The query (`search`, with its `?`) is kept.
 * The framework's own files (`/_next/…`) are left alone.
 */
export function repairedPath(pathname: string, search = ""): string | null {
  if (pathname.startsWith("/_next/")) return null;
  const hash = /%23/i.exec(pathname);
  const fragment = hash ? `#${pathname.slice(hash.index + 3)}` : "";
  let path = (hash ? pathname.slice(0, hash.index) : pathname).replace(/%[0-9a-fA-F]{2}|[A-Z]+/g, (part) =>
    part.startsWith("%") ? part : part.toLowerCase(),
  );
  const written = decoded(path);
  const trimmed = written?.replace(TRAILING_MARKS, "");
  // Only what could be a path of this site replaces the written one: lowercase words, digits, hyphens.
  if (trimmed && trimmed !== written && /^\/[a-z0-9/-]*$/.test(trimmed)) path = trimmed;
  if (!hash && path === pathname) return null;
  return `${path}${search}${fragment}`;
}

/** What a sentence may leave at the end of a link: stops, brackets, quotes, spaces (the browser's: components/browser/init.ts). */
export const TRAILING_MARKS = /[\s.,;:!?'"()[\]{}<>…“”‘’«»。、，！？]+$/u;

function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
