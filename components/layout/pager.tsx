import type { PageSummary } from "@/lib/content";
import type { Translate } from "@/lib/ui";

/** Links to the previous and next section, in navigation order. */
export function Pager({ t, previous, next }: { t: Translate; previous?: PageSummary; next?: PageSummary }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={t("nav.pagerLabel")} className="pager no-print">
      {previous ? (
        <a href={previous.path} rel="prev">
          <span>{t("nav.previous")}</span>
          {previous.navTitle}
        </a>
      ) : null}
      {next ? (
        <a href={next.path} rel="next">
          <span>{t("nav.next")}</span>
          {next.navTitle}
        </a>
      ) : null}
    </nav>
  );
}
