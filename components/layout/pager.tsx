import Link from "next/link";
import type { PageSummary } from "@/lib/content";
import type { Translate } from "@/lib/ui";
import { Icon } from "../ui/icon";

/** Links to the previous and next section, in navigation order. */
export function Pager({ t, previous, next }: { t: Translate; previous?: PageSummary; next?: PageSummary }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={t("nav.pagerLabel")} className="no-print mt-12 border-t border-line pt-4">
      <ul className="m-0 grid list-none gap-3 p-0 sm:grid-cols-2">
        {previous ? (
          <li>
            <Link href={previous.path} prefetch={false} rel="prev" className="flex min-h-11 flex-col">
              <span className="flex items-center gap-1 text-base text-muted">
                <Icon name="arrowLeft" className="size-4 rtl:rotate-180" />
                {t("nav.previous")}
              </span>
              <span className="text-lg font-bold">{previous.navTitle}</span>
            </Link>
          </li>
        ) : (
          <li aria-hidden="true" />
        )}
        {next ? (
          <li className="sm:text-end">
            <Link href={next.path} prefetch={false} rel="next" className="flex min-h-11 flex-col sm:items-end">
              <span className="flex items-center gap-1 text-base text-muted">
                {t("nav.next")}
                <Icon name="arrowRight" className="size-4 rtl:rotate-180" />
              </span>
              <span className="text-lg font-bold">{next.navTitle}</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
