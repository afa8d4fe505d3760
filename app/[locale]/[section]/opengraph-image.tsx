import { notFound } from "next/navigation";
import { listParams } from "@/lib/content";
import { isLocale } from "@/lib/i18n";
import { getPreviewImage } from "@/lib/metadata";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/lib/preview-image";

type Props = { params: Promise<{ locale: string; section: string }> };

/** Rendered at build time for every section in every language; no other path has an image. */
export const dynamicParams = false;

export function generateStaticParams() {
  return listParams();
}

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = PREVIEW_ALT;

/** A section's link-preview image, in every language. */
export default async function Image({ params }: Props) {
  const { locale, section } = await params;
  const preview = isLocale(locale) ? await getPreviewImage(locale, section) : null;
  if (!preview) notFound();
  return preview;
}
