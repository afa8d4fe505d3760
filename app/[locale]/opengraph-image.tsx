import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n";
import { getPreviewImage } from "@/lib/metadata";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/lib/preview-image";
import { listRouteParams } from "@/lib/routes";

type Props = { params: Promise<{ locale: string }> };

/** Rendered at build time in every language; no other path has an image. */
export const dynamicParams = false;

export function generateStaticParams() {
  return listRouteParams(0).map(({ locale }) => ({ locale }));
}

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = PREVIEW_ALT;

/** The home page's link-preview image. */
export default async function Image({ params }: Props) {
  const { locale } = await params;
  const preview = isLocale(locale) ? await getPreviewImage(locale, "") : null;
  if (!preview) notFound();
  return preview;
}
