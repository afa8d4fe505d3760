/**
 * Offline reading (`[data-module="offline-copy"]`, the footer's hidden note):
 * after a first visit, asks the service worker to keep this language's pages,
 * unless the browser asks to save data, and shows the note once they are kept.
 * The worker is registered once the page has loaded, so its downloads never
 * compete with what the page itself needs.
 */
export function initOfflineCopy(note: HTMLElement): void {
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  if (!("serviceWorker" in navigator) || saveData) return;
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
    if (event.data?.type === "kept") note.hidden = false;
  });
  const keep = () =>
    navigator.serviceWorker
      .register("/sw.js")
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => registration.active?.postMessage({ type: "keep", locale: document.documentElement.dataset.locale }))
      .catch(() => {});
  if (document.readyState === "complete") void keep();
  else window.addEventListener("load", () => void keep(), { once: true });
}
