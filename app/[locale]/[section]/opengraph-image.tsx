import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n";
import { getPreviewImage } from "@/lib/metadata";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/lib/preview-image";
import { listRouteParams, SLUGS } from "@/lib/routes";

type Props = { params: Promise<{ locale: string; section: string }> };

/** Rendered at build time in every language; no other path has an image. */
export const dynamicParams = false;

export function generateStaticParams() {
  return listRouteParams(1)
    .filter(({ slug }) => ![SLUGS.card, SLUGS.record, SLUGS.offline, SLUGS.notFound].includes(slug[0] as never))
    .map(({ locale, slug }) => ({ locale, section: slug[0]! }));
}

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = PREVIEW_ALT;

/** A section's link-preview image. */
export default async function Image({ params }: Props) {
  const { locale, section } = await params;
  const preview = isLocale(locale) ? await getPreviewImage(locale, section) : null;
  if (!preview) notFound();
  return preview;
}
