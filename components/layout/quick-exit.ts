/**
 * "Leave this site quickly" (`a[data-module="quick-exit"]`): replaces this page
 * with the link's neutral site, so Back does not return here, after clearing
 * what this site keeps in the browser (storage, the offline copy and its
 * service worker). Pressing Escape twice within a second does the same.
 * Without JavaScript it is a plain link.
 */
export function initQuickExit(link: HTMLElement): void {
  if (!(link instanceof HTMLAnchorElement)) return;
  const leave = () => {
    // Whatever fails while forgetting, the reader still leaves: a browser that blocks
    // storage (all cookies blocked) throws as soon as it is touched, and kept nothing.
    const forget = (async () => {
      for (const storage of ["sessionStorage", "localStorage"] as const) {
        try {
          window[storage].clear();
        } catch {
          // Blocked: nothing to clear.
        }
      }
      // The offline copy too: waited for briefly, never long enough to delay leaving.
      await Promise.all([
        window.caches?.keys().then((keys) => Promise.all(keys.map((key) => window.caches.delete(key)))),
        navigator.serviceWorker
          ?.getRegistrations()
          .then((registrations) => Promise.all(registrations.map((registration) => registration.unregister()))),
      ]);
    })().catch(() => {});
    void Promise.race([forget, new Promise((resolve) => window.setTimeout(resolve, 300))]).then(() =>
      window.location.replace(link.href),
    );
  };
  link.addEventListener("click", (event) => {
    event.preventDefault();
    leave();
  });
  let lastEscape = -Infinity;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    if (event.timeStamp - lastEscape < 1000) leave();
    lastEscape = event.timeStamp;
  });
}
