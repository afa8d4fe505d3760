import { formatDate, type Locale } from "@/lib/i18n";
import type { LastCheck } from "@/lib/source-check-schema";
import type { Translate } from "@/lib/ui";

/**
 * When a source's official page was last checked, from the committed state
 * (`content/source-checks.json`). A check of a saved copy says so; a page that
 * had moved or did not open says so plainly, with its last working address.
 */
export function SourceCheck({ check, locale, t }: { check: LastCheck | null; locale: Locale; t: Translate }) {
  if (!check) return null;
  const date = formatDate(locale, check.date);
  if (check.verdict === "moved" || check.verdict === "broken") {
    return (
      <span className="checked problem">
        {t(check.verdict === "moved" ? "check.moved" : "check.broken", { date })}
        {check.lastWorkingUrl ? (
          <>
            {" "}
            {t("check.lastWorking")}{" "}
            <a href={check.lastWorkingUrl} className="break-all">
              {check.lastWorkingUrl}
            </a>
          </>
        ) : null}
      </span>
    );
  }
  return <span className="checked">{t(check.method === "stored-copy" ? "check.storedCopy" : "check.live", { date })}</span>;
}
