/**
 * Where to send a reader whose link was mangled on its way to them, or null when the
 * path is fine. Every path of this site is lowercase ASCII, so a path typed from a
 * printed card or a poster in capitals (`/FAQ`, `/ES/faq`) is lowercased. A shared link
 * to one answer whose `#` a messaging or mail app encoded (`/es/faq%23is-there-a-deadline`)
 * becomes the page and its section again (`/es/faq#is-there-a-deadline`). Other
 * percent-escapes are kept as they are, in the fragment too, so nothing decoded (a line
 * break, say) ever reaches the `Location` header. The query (`search`, with its `?`) is kept.
 */
export function repairedPath(pathname: string, search = ""): string | null {
  // The framework's own files keep their names (they are not pages, and may hold capitals).
  if (pathname.startsWith("/_next/")) return null;
  const hash = /%23/i.exec(pathname);
  const path = hash ? pathname.slice(0, hash.index) : pathname;
  const fragment = hash ? `#${pathname.slice(hash.index + 3)}` : "";
  const lower = path.replace(/%[0-9a-fA-F]{2}|[A-Z]+/g, (part) => (part.startsWith("%") ? part : part.toLowerCase()));
  if (!hash && lower === pathname) return null;
  return `${lower}${search}${fragment}`;
}
