import Link from "next/link";
import { toPath, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";

/** Home › current page. The current page is text, marked `aria-current`. */
export function Breadcrumbs({ locale, t, title }: { locale: Locale; t: Translate; title: string }) {
  return (
    <nav aria-label={t("nav.breadcrumbLabel")} className="no-print mb-2">
      <ol className="m-0 flex list-none flex-wrap items-center gap-1 p-0">
        <li>
          <Link href={toPath(locale, "")} prefetch={false} className="inline-flex min-h-8 items-center">
            {t("nav.home")}
          </Link>
          <span aria-hidden="true" className="px-1 text-muted">
            ›
          </span>
        </li>
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}
