import { TRAILING_MARKS } from "@/lib/url-repair";

/**
 * Starts the site's behaviour modules. Every element that names a module in
 * `data-module="…"` gets that module started on it, once. A module that fails
 * to start is logged and skipped; the others still start, and the page keeps
 * working as plain HTML. (The model is GOV.UK Frontend's `initAll`.)
 *
 * The first module on the page (the header's "leave quickly" link) starts at
 * once; each of the others starts in a task of its own, so a slow phone never
 * spends one long stretch on them and can still respond to a tap in between.
 */
export type ModuleInit = (element: HTMLElement) => void;

export function initAll(modules: Record<string, ModuleInit>): void {
  const starts = [...document.querySelectorAll<HTMLElement>("[data-module]")].flatMap((element) =>
    (element.dataset.module ?? "").split(/\s+/).flatMap((name) => {
      const init = modules[name];
      return init ? [() => start(element, name, init)] : [];
    }),
  );
  const next = () => {
    const run = starts.shift();
    if (!run) return enhanced();
    run();
    window.setTimeout(next, 0);
  };
  next();
}

function start(element: HTMLElement, name: string, init: ModuleInit): void {
  const started = (element.dataset.started ?? "").split(" ");
  if (started.includes(name)) return;
  try {
    init(element);
    element.dataset.started = [...started.filter(Boolean), name].join(" ");
  } catch (error) {
    console.error(`Module "${name}" did not start`, error);
  }
}

/**
 * Once every script on the page (the one every page has, and a page's own)
 * has started its modules, the page is enhanced: the stylesheet shows the
 * controls that need JavaScript, such as copy buttons, now that they work.
 */
function enhanced(): void {
  const root = document.documentElement;
  const done = Number(root.dataset.scriptsDone ?? 0) + 1;
  root.dataset.scriptsDone = String(done);
  if (done < document.querySelectorAll('script[type="module"][src]').length) return;
  root.dataset.enhanced = "";
  revealLinkedSection();
}

/**
 * On arrival by a link to a section:
 * - The section may be in a part that shows only once its module has started
 *   (`/record#record-actions`): the browser could not scroll to it, so bring it into view now.
 * - The link may have taken the end of the sentence it was sent in
 *   (`/faq#is-there-a-deadline.`, `…deadline)`): the browser found no such id and
 *   opened the page at the top. Go to the section without those marks, in place of
 *   the address (no new history entry, so Back still leaves the page). A path with
 *   such marks is mended on the server (lib/url-repair.ts).
 */
function revealLinkedSection(): void {
  let id: string;
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return; // A fragment that is not valid percent-encoding names no section.
  }
  const target = id ? document.getElementById(id) : null;
  if (!target) {
    const mended = id.replace(TRAILING_MARKS, "");
    if (mended && mended !== id && document.getElementById(mended)) window.location.replace(`#${mended}`);
    return;
  }
  const box = target.getBoundingClientRect();
  if (box.bottom <= 0 || box.top >= window.innerHeight) target.scrollIntoView();
}
