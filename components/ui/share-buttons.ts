/**
 * The share button beside every heading, question, step and entry
 * (`button[data-copy="<id>"]`): the phone's share sheet where there is one
 * (Web Share API), otherwise it copies the link to that section and announces
 * "Link copied". Started on the page's live region, which carries the
 * translated words: `data-copied`, `data-failed` and `data-share`.
 * Without JavaScript the buttons stay hidden; the `#` link beside each does the job.
 */
export function initShareButtons(region: HTMLElement): void {
  const { copied = "", failed = "", share = "" } = region.dataset;
  const canShare = typeof navigator.share === "function";
  if (canShare) {
    for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
      button.setAttribute("aria-label", share);
      button.dataset.share = "";
    }
  }
  const announce = (message: string) => {
    region.textContent = "";
    window.setTimeout(() => (region.textContent = message), 50);
  };
  document.addEventListener("click", async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-copy]");
    if (!button) return;
    const url = new URL(window.location.href);
    url.hash = button.dataset.copy ?? "";
    if (canShare) {
      // The reader may cancel the share sheet: nothing to report then.
      await navigator.share({ title: document.title, url: url.toString() }).catch(() => {});
      return;
    }
    try {
      await navigator.clipboard.writeText(url.toString());
      button.dataset.copied = "";
      window.setTimeout(() => delete button.dataset.copied, 2500);
      announce(copied);
    } catch {
      announce(failed);
    }
  });
}
