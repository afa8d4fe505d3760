"use client";

import { useEffect } from "react";

/**
 * The site's only client component. It makes every copy-link button on the page
 * work (one listener for all of them), shows them, and announces the result to
 * screen readers through the layout's live region; and it keeps the current
 * `#section` when the reader switches language. Without JavaScript the copy
 * buttons stay hidden and the `#` links beside them do the same job.
 */
export function LinkEnhancer({ copied, failed }: { copied: string; failed: string }) {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.enhanced = "";
    const announce = (message: string) => {
      const region = document.getElementById("announcer");
      if (!region) return;
      region.textContent = "";
      window.setTimeout(() => (region.textContent = message), 50);
    };
    const onClick = async (event: MouseEvent) => {
      // Switching language keeps the reader at the same section: ids are the same in every language.
      const switcher = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-lang-switch]");
      if (switcher && window.location.hash) {
        switcher.hash = window.location.hash;
        return;
      }
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-copy]");
      if (!button) return;
      const url = new URL(window.location.href);
      url.hash = button.dataset.copy ?? "";
      try {
        await navigator.clipboard.writeText(url.toString());
        button.dataset.copied = "";
        window.setTimeout(() => delete button.dataset.copied, 2500);
        announce(copied);
      } catch {
        announce(failed);
      }
    };
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      delete root.dataset.enhanced;
    };
  }, [copied, failed]);
  return null;
}
