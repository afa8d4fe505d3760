import { formatDate, type Locale } from "@/lib/i18n";
import type { LocalizedResource } from "@/lib/resource-view";
import type { Translate } from "@/lib/ui";

/**
 * On a translated page: says it was translated from the English page (with a
 * link to it), whether a professional translator has reviewed it, whether the
 * English has changed since, and how to ask the City for help in one's language.
 */
export function TranslationNotice({
  t,
  locale,
  englishPath,
  reviewed,
  outOfDate,
  languageAccess,
  lastReviewed,
}: {
  t: Translate;
  locale: Locale;
  englishPath: string;
  reviewed: boolean;
  outOfDate: boolean;
  languageAccess: LocalizedResource | null;
  lastReviewed: string;
}) {
  return (
    <aside className="note translation">
      <p>
        {t("translation.notice")}{" "}
        <a href={englishPath} hrefLang="en" lang="en">
          {t("translation.readEnglish")}
        </a>
        {" · "}
        {t("footer.lastReviewed", { date: formatDate(locale, lastReviewed) })}
      </p>
      {outOfDate ? <p>{t("translation.outOfDate")}</p> : null}
      {reviewed ? null : <p>{t("translation.unreviewed")}</p>}
      {languageAccess?.email ? (
        <p>
          {t("translation.languageHelp")}{" "}
          <a href={`mailto:${languageAccess.email}`} className="break-all">
            {languageAccess.email}
          </a>
        </p>
      ) : null}
    </aside>
  );
}
