import { notFound } from "next/navigation";
import { isLocale, listLocaleParams } from "@/lib/i18n";
import { getUtilityPreviewImage } from "@/lib/metadata";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/lib/preview-image";

type Props = { params: Promise<{ locale: string }> };

/** Rendered at build time for every language; no other path has an image. */
export const dynamicParams = false;

export const generateStaticParams = listLocaleParams;

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = PREVIEW_ALT;

/** The incident record's link-preview image, in every language. */
export default async function Image({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return getUtilityPreviewImage(locale, "record", "record.title");
}
