import { getLocaleInfo, LOCALES, type Locale } from "@/lib/i18n";
import type { Alternate } from "@/lib/routes";
import type { Translate } from "@/lib/ui";

/**
 * Links to this page in every language, each name in its own script and
 * marked with its language. A native disclosure (`<details>`), so it opens
 * without JavaScript; with JavaScript, language-picker.module.ts carries the
 * current `#section` over to the other language.
 */
export function LanguagePicker({
  locale,
  t,
  alternates,
}: {
  locale: Locale;
  t: Translate;
  /** This page in every language. */
  alternates: readonly Alternate[];
}) {
  const current = getLocaleInfo(locale);
  return (
    <details className="langs no-print" data-module="language-picker">
      <summary>
        {`${t("lang.pickerLabel")}: `}
        <span lang={current.tag}>{current.nativeName}</span>
      </summary>
      <ul>
        {LOCALES.map((info) => (
          <li key={info.code}>
            <a
              href={alternates.find((alternate) => alternate.code === info.code)?.path}
              lang={info.tag}
              hrefLang={info.tag}
              dir={info.dir}
              aria-current={info.code === locale ? "true" : undefined}
            >
              {info.nativeName}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
