import { formatDate, toPath, type Locale } from "@/lib/i18n";
import { SLUGS } from "@/lib/routes";
import type { Translate } from "@/lib/ui";

/** Footer: last-reviewed date of the page, the directory, and what this guide is (and is not). */
export function SiteFooter({ locale, t, lastReviewed }: { locale: Locale; t: Translate; lastReviewed?: string }) {
  return (
    <footer className="site-footer">
      <div className="wrap">
        {lastReviewed ? <p>{t("footer.lastReviewed", { date: formatDate(locale, lastReviewed) })}</p> : null}
        <p>
          <a href={toPath(locale, SLUGS.directory)} className="tap-target font-bold">
            {t("footer.directory")}
          </a>
        </p>
        <p>
          <a href={toPath(locale, SLUGS.card)} className="tap-target font-bold">
            {t("card.link")}
          </a>
        </p>
        <p>{t("footer.disclaimer")}</p>
        <p className="muted">{t("footer.privacy")}</p>
        {/* Shown by offline-copy.ts once the service worker has saved this language for offline reading. */}
        <p className="muted" id="offline-note" role="status" data-module="offline-copy" hidden>
          {t("offline.ready")}
        </p>
        <p>
          <a href={toPath(locale, SLUGS.privacy)} className="tap-target">
            {t("footer.privacyPage")}
          </a>
          {" · "}
          <a href={toPath(locale, SLUGS.accessibility)} className="tap-target">
            {t("footer.accessibilityPage")}
          </a>
        </p>
      </div>
    </footer>
  );
}
