"use client";

import { useEffect } from "react";

/**
 * The client component on every page (the search page and the incident record
 * have one more each, for their own forms). It makes every share button on the page
 * work (one listener for all of them): the phone's share sheet where there is
 * one, otherwise it copies the link and announces "Link copied" through the
 * layout's live region. It also keeps the current `#section` when the reader
 * switches language, hands the header's search to the search page without
 * sending it to the server, makes the pocket card's print button work, and
 * makes "Leave this site quickly" (and Escape pressed twice) replace the page,
 * and asks the service worker to keep this language for offline reading.
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
    // "Leave this site quickly": replace this page (so Back does not return to it) and clear
    // anything this site keeps in the browser. Pressing Escape twice does the same.
    const leave = (href: string) => {
      window.sessionStorage.clear();
      window.localStorage.clear();
      // Also the offline copy: waited for briefly, never long enough to delay leaving.
      const forget = Promise.all([
        window.caches?.keys().then((keys) => Promise.all(keys.map((key) => window.caches.delete(key)))),
        navigator.serviceWorker
          ?.getRegistrations()
          .then((registrations) => Promise.all(registrations.map((registration) => registration.unregister()))),
      ]).catch(() => {});
      void Promise.race([forget, new Promise((resolve) => window.setTimeout(resolve, 300))]).then(() =>
        window.location.replace(href),
      );
    };
    // Offline reading: the service worker keeps this language's pages after a first visit,
    // unless the browser asks to save data. The note in the footer says when it is done.
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type !== "kept") return;
      const note = document.getElementById("offline-note");
      if (note) note.hidden = false;
    };
    if ("serviceWorker" in navigator && !saveData) {
      navigator.serviceWorker.addEventListener("message", onMessage);
      navigator.serviceWorker
        .register("/sw.js")
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => registration.active?.postMessage({ type: "keep", locale: root.dataset.locale }))
        .catch(() => {});
    }
    let lastEscape = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = event.timeStamp;
      if (now - lastEscape < 1000) {
        const exit = document.querySelector<HTMLAnchorElement>("a[data-quick-exit]");
        if (exit) leave(exit.href);
      }
      lastEscape = now;
    };
    const onClick = async (event: MouseEvent) => {
      const exit = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-quick-exit]");
      if (exit) {
        event.preventDefault();
        leave(exit.href);
        return;
      }
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
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("submit", onSubmit);
      document.removeEventListener("keydown", onKeyDown);
      navigator.serviceWorker?.removeEventListener("message", onMessage);
      delete root.dataset.enhanced;
    };
  }, [copied, failed, share]);
  return null;
}
