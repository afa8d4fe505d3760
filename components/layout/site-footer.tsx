import { formatDate, toPath, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";

/** Footer: last-reviewed date of the page, the directory, and what this guide is (and is not). */
export function SiteFooter({ locale, t, lastReviewed }: { locale: Locale; t: Translate; lastReviewed?: string }) {
  return (
    <footer className="site-footer">
      <div className="wrap">
        {lastReviewed ? <p>{t("footer.lastReviewed", { date: formatDate(locale, lastReviewed) })}</p> : null}
        <p>
          <a href={toPath(locale, "resources")} className="tap font-bold">
            {t("footer.directory")}
          </a>
        </p>
        <p>
          <a href={toPath(locale, "card")} className="tap font-bold">
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
          <a href={toPath(locale, "privacy")} className="tap">
            {t("footer.privacyPage")}
          </a>
          {" · "}
          <a href={toPath(locale, "accessibility")} className="tap">
            {t("footer.accessibilityPage")}
          </a>
        </p>
      </div>
    </footer>
  );
}
