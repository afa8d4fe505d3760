import type { Translate } from "@/lib/ui";

/** A neighbouring page: where it is and what it is called. */
export interface PagerLink {
  href: string;
  label: string;
}

/** Links to the previous and next page of a sequence (sections, or directory groups). */
export function Pager({ t, previous, next }: { t: Translate; previous?: PagerLink; next?: PagerLink }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={t("nav.pagerLabel")} className="pager no-print">
      {[
        { link: previous, rel: "prev", word: t("nav.previous") },
        { link: next, rel: "next", word: t("nav.next") },
      ].map(({ link, rel, word }) =>
        link ? (
          <a key={rel} href={link.href} rel={rel}>
            <span>{word}</span>
            {link.label}
          </a>
        ) : null,
      )}
    </nav>
  );
}
