import Link from "next/link";
import { formatDate, toPath, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";

/** Footer: last-reviewed date of the page, the directory, and what this guide is (and is not). */
export function SiteFooter({ locale, t, lastReviewed }: { locale: Locale; t: Translate; lastReviewed?: string }) {
  return (
    <footer className="mt-12 border-t-4 border-brand bg-panel">
      <div className="mx-auto max-w-3xl space-y-3 px-4 py-6">
        {lastReviewed ? (
          <p className="m-0">
            {t("footer.lastReviewed", { date: formatDate(locale, lastReviewed) })}
          </p>
        ) : null}
        <p className="m-0">
          <Link href={toPath(locale, "resources")} prefetch={false} className="inline-flex min-h-8 items-center font-bold">
            {t("footer.directory")}
          </Link>
        </p>
        <p className="m-0">{t("footer.disclaimer")}</p>
        <p className="m-0 text-muted">{t("footer.privacy")}</p>
      </div>
    </footer>
  );
}
