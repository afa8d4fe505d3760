import { LOCALES, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";

/**
 * Links to this page in every language, each name in its own script and
 * marked with its language. A native disclosure (`<details>`), so it opens
 * without JavaScript; with JavaScript, `LinkEnhancer` carries the current
 * `#section` over to the other language.
 */
export function LanguagePicker({
  locale,
  t,
  paths,
}: {
  locale: Locale;
  t: Translate;
  /** This page's path in every language, by locale code. */
  paths: Readonly<Record<string, string>>;
}) {
  const current = LOCALES.find((info) => info.code === locale);
  return (
    <details className="langs no-print">
      <summary>
        {t("lang.pickerLabel")}: <span lang={current?.tag}>{current?.nativeName}</span>
      </summary>
      <ul>
        {LOCALES.map((info) => (
          <li key={info.code}>
            <a
              href={paths[info.code]}
              lang={info.tag}
              hrefLang={info.tag}
              dir={info.dir}
              aria-current={info.code === locale ? "true" : undefined}
              data-lang-switch=""
            >
              {info.nativeName}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
