import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { LinkEnhancer } from "@/components/ui/link-enhancer";
import { getLocaleInfo, isLocale, listLocaleParams } from "@/lib/i18n";
import { getTranslator } from "@/lib/ui";
import { site } from "@/lib/site";
import "../globals.css";

export const dynamicParams = false;

export function generateStaticParams() {
  return listLocaleParams();
}

export const metadata: Metadata = {
  metadataBase: new URL(site.origin),
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: site.themeColor,
};

/** The root layout of every language: sets `lang` and `dir` on the document. */
export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { tag, dir } = getLocaleInfo(locale);
  const t = getTranslator(locale);
  return (
    <html lang={tag} dir={dir} data-locale={locale}>
      <body>
        {children}
        {/* Announces "Link copied" and similar results to screen readers. */}
        <p id="announcer" role="status" aria-live="polite" className="sr-only" />
        <LinkEnhancer copied={t("anchor.copied")} failed={t("anchor.copyFailed")} share={t("anchor.share")} />
      </body>
    </html>
  );
}
