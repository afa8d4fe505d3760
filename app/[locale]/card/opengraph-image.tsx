import { notFound } from "next/navigation";
import { CARD_SLUG } from "@/lib/card";
import { DEFAULT_LOCALE, isLocale, LOCALES, toPath } from "@/lib/i18n";
import { PREVIEW_ALT, PREVIEW_SIZE, renderPreviewImage } from "@/lib/preview-image";
import { getTranslator } from "@/lib/ui";

type Props = { params: Promise<{ locale: string }> };

/** Rendered at build time for every language; no other path has an image. */
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map(({ code }) => ({ locale: code }));
}

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = PREVIEW_ALT;

/** The pocket card's link-preview image, in every language. */
export default async function Image({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return renderPreviewImage({
    siteName: getTranslator(DEFAULT_LOCALE)("site.name"),
    title: getTranslator(locale)("card.title"),
    pagePath: toPath(locale, CARD_SLUG),
  });
}
