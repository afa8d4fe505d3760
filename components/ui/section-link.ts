import { TRAILING_MARKS } from "@/lib/url-repair";

/**
 * A link to one section that arrived with the end of its sentence stuck to it
 * (`/faq#is-there-a-deadline.`, `…deadline)`, `…deadline”`): the browser finds no
 * such id and opens the page at the top. This finds the section without the
 * trailing marks and goes to it, in place of the address (no new history entry,
 * so Back still leaves the page). A path with such marks is mended on the server
 * (lib/url-repair.ts); without JavaScript a mangled `#` opens the page at the top.
 */
export function initSectionLink(): void {
  let wanted: string;
  try {
    wanted = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return;
  }
  if (!wanted || document.getElementById(wanted)) return;
  const id = wanted.replace(TRAILING_MARKS, "");
  if (id && id !== wanted && document.getElementById(id)) window.location.replace(`#${id}`);
}
