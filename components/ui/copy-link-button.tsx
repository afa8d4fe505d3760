"use client";

import { useEffect, useState } from "react";
import { Icon } from "./icon";

/**
 * Copies the full URL of one section. This is the site's only interactive
 * component; without JavaScript the `#` link beside it does the same job, so
 * the button stays invisible (and out of the tab order) until React runs, but keeps
 * its space so nothing moves when it appears.
 */
export function CopyLinkButton({
  id,
  label,
  copiedLabel,
  failedLabel,
}: {
  id: string;
  label: string;
  copiedLabel: string;
  failedLabel: string;
}) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    const url = new URL(window.location.href);
    url.hash = id;
    let message = copiedLabel;
    try {
      await navigator.clipboard.writeText(url.toString());
      setCopied(true);
    } catch {
      message = failedLabel;
    }
    // One polite live region in the layout announces the result to screen readers.
    const announcer = document.getElementById("announcer");
    if (announcer) {
      announcer.textContent = "";
      window.setTimeout(() => (announcer.textContent = message), 50);
    }
  }

  return (
    <button
      type="button"
      onClick={copy}
      className={`${ready ? "" : "invisible"} inline-flex min-h-8 min-w-8 cursor-pointer items-center justify-center gap-1 rounded border border-transparent px-1 text-link hover:border-line`}
      title={label}
    >
      <Icon name={copied ? "check" : "copy"} />
      <span className="sr-only">{copied ? copiedLabel : label}</span>
    </button>
  );
}
