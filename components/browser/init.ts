/**
 * Starts the site's behaviour modules. Every element that names a module in
 * `data-module="…"` gets that module started on it, once. A module that fails
 * to start is logged and skipped; the others still start, and the page keeps
 * working as plain HTML. (The model is GOV.UK Frontend's `initAll`.)
 */
export type ModuleInit = (element: HTMLElement) => void;

export function initAll(modules: Record<string, ModuleInit>): void {
  // Module scripts run only in browsers that support them: from here on the page is enhanced
  // (the stylesheet shows controls that need JavaScript, such as copy buttons).
  document.documentElement.dataset.enhanced = "";
  for (const element of document.querySelectorAll<HTMLElement>("[data-module]")) {
    for (const name of (element.dataset.module ?? "").split(/\s+/)) {
      const init = modules[name];
      const started = (element.dataset.started ?? "").split(" ");
      if (!init || started.includes(name)) continue;
      try {
        init(element);
        element.dataset.started = [...started.filter(Boolean), name].join(" ");
      } catch (error) {
        console.error(`Module "${name}" did not start`, error);
      }
    }
  }
  revealLinkedSection();
}

/**
 * A link to a section (`/record#record-actions`) may point into a part that
 * shows only once its module has started: the browser could not scroll to it
 * on arrival, so bring it into view now.
 */
function revealLinkedSection(): void {
  let id: string;
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return; // A fragment that is not valid percent-encoding names no section.
  }
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  const box = target.getBoundingClientRect();
  if (box.bottom <= 0 || box.top >= window.innerHeight) target.scrollIntoView();
}
