import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n";
import { getPreviewImage } from "@/lib/metadata";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/lib/preview-image";
import { listRouteParams, SLUGS } from "@/lib/routes";

type Props = { params: Promise<{ locale: string; group: string }> };

/** Rendered at build time in every language; no other path has an image. */
export const dynamicParams = false;

export function generateStaticParams() {
  return listRouteParams(2)
    .filter(({ slug }) => slug[0] === SLUGS.directory)
    .map(({ locale, slug }) => ({ locale, group: slug[1]! }));
}

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = PREVIEW_ALT;

/** A directory group's link-preview image. */
export default async function Image({ params }: Props) {
  const { locale, group } = await params;
  const preview = isLocale(locale) ? await getPreviewImage(locale, `${SLUGS.directory}/${group}`) : null;
  if (!preview) notFound();
  return preview;
}
