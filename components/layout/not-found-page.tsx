import type { PageSummary } from "@/lib/content";
import { toPath, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The helpful 404: says what happened and offers the three most useful places. */
export function NotFoundPage({
  locale,
  t,
  pages,
  otherLanguages = [],
}: {
  locale: Locale;
  t: Translate;
  pages: readonly PageSummary[];
  /** The same message in other languages, each with a link to that language's start page. */
  otherLanguages?: readonly { tag: string; dir: "ltr" | "rtl"; href: string; title: string; home: string }[];
}) {
  const links = [
    { href: toPath(locale, ""), label: t("notFound.home") },
    { href: toPath(locale, "how-to"), label: t("notFound.howTo") },
    { href: toPath(locale, "resources"), label: t("notFound.directory") },
  ];
  return (
    <>
      <SiteHeader locale={locale} t={t} pages={pages} currentSlug={null} />
      <main id="main" tabIndex={-1} className="wrap prose">
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.body")}</p>
        <p>{t("notFound.tryThese")}</p>
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="tap">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
        {otherLanguages.length > 0 ? (
          <ul className="index">
            {otherLanguages.map((other) => (
              <li key={other.tag} lang={other.tag} dir={other.dir}>
                {other.title}: <a href={other.href}>{other.home}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </main>
      <SiteFooter locale={locale} t={t} />
    </>
  );
}
