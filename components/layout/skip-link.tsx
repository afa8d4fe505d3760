/** The first focusable element: jumps past the header to the page's main content. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="sr-only block bg-focus p-3 text-lg font-bold text-ink focus:not-sr-only focus-visible:not-sr-only"
    >
      {label}
    </a>
  );
}
