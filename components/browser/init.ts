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
}
