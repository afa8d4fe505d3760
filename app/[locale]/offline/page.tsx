import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { listPages } from "@/lib/content";
import { isLocale, toPath } from "@/lib/i18n";
import { getUtilityMetadata } from "@/lib/metadata";
import { getTranslator } from "@/lib/ui";

const SLUG = "offline";

export async function generateMetadata({ params }: PageProps<"/[locale]/offline">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return getUtilityMetadata(locale, SLUG, { title: t("offline.title"), description: t("offline.body"), index: false });
}

/**
 * What the service worker shows, with no signal, for a page it has not saved:
 * says so, and lists the pages that are saved.
 */
export default async function OfflinePage({ params }: PageProps<"/[locale]/offline">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const pages = await listPages(locale);
  return (
    <>
      <SiteHeader locale={locale} t={t} pages={pages} currentSlug={null} />
      <main id="main" tabIndex={-1} className="wrap prose">
        <h1 id="page-title">{t("offline.title")}</h1>
        <p>{t("offline.body")}</p>
        <ul>
          {pages.map((page) => (
            <li key={page.slug}>
              <a href={page.path} className="tap">
                {page.title}
              </a>
            </li>
          ))}
          <li>
            <a href={toPath(locale, "card")} className="tap">
              {t("card.title")}
            </a>
          </li>
          <li>
            <a href={toPath(locale, "record")} className="tap">
              {t("record.title")}
            </a>
          </li>
        </ul>
      </main>
      <SiteFooter locale={locale} t={t} />
    </>
  );
}
