import type { Metadata } from "next";
import { NotFoundPage } from "@/components/layout/not-found-page";
import { listPages } from "@/lib/content";
import { DEFAULT_LOCALE, getLocaleInfo, LOCALES, toPath } from "@/lib/i18n";
import { getTranslator } from "@/lib/ui";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/**
 * The 404 page for every URL the site does not have. It is prerendered once,
 * so it cannot know the language of the URL: it says "page not found" in
 * English and then in every other language, each with a link to that
 * language's start page.
 */
export default async function GlobalNotFound() {
  const { tag, dir } = getLocaleInfo(DEFAULT_LOCALE);
  const otherLanguages = LOCALES.filter(({ code }) => code !== DEFAULT_LOCALE).map((info) => {
    const t = getTranslator(info.code);
    return { tag: info.tag, dir: info.dir, href: toPath(info.code, ""), title: t("notFound.title"), home: t("notFound.home") };
  });
  return (
    <html lang={tag} dir={dir}>
      <body>
        <NotFoundPage
          locale={DEFAULT_LOCALE}
          t={getTranslator(DEFAULT_LOCALE)}
          pages={await listPages(DEFAULT_LOCALE)}
          otherLanguages={otherLanguages}
        />
      </body>
    </html>
  );
}
