"use client";

import { useEffect } from "react";

/**
 * The site's only client component. It makes every share button on the page
 * work (one listener for all of them): the phone's share sheet where there is
 * one, otherwise it copies the link and announces "Link copied" through the
 * layout's live region. It also keeps the current `#section` when the reader
 * switches language, hands the header's search to the search page without
 * sending it to the server, and makes the pocket card's print button work.
 * Without JavaScript those buttons stay hidden (the `#` links beside the copy
 * buttons do the same job), and the search box is a plain form.
 */
export function LinkEnhancer({ copied, failed, share }: { copied: string; failed: string; share: string }) {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.enhanced = "";
    // Phones with a share sheet (Web Share API) get "Share"; other browsers copy the link.
    const canShare = typeof navigator.share === "function";
    if (canShare) {
      for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
        button.setAttribute("aria-label", share);
        button.dataset.share = "";
      }
    }
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
      if ((event.target as Element | null)?.closest("button[data-print]")) {
        window.print();
        return;
      }
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
    };
    // The header's search box: the query goes to the search page in the fragment (`#q=`),
    // which browsers never send to a server, so the search runs on the device.
    const onSubmit = (event: SubmitEvent) => {
      const form = (event.target as Element | null)?.closest<HTMLFormElement>("form[data-search]");
      const query = form && new FormData(form).get("q");
      if (!form || typeof query !== "string") return;
      event.preventDefault();
      window.location.assign(`${form.action}#${new URLSearchParams({ q: query })}`);
    };
    document.addEventListener("click", onClick);
    document.addEventListener("submit", onSubmit);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("submit", onSubmit);
      delete root.dataset.enhanced;
    };
  }, [copied, failed, share]);
  return null;
}
