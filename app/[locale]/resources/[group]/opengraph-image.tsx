import { notFound } from "next/navigation";
import { isLocale, LOCALES } from "@/lib/i18n";
import { ResourceGroupSchema } from "@/lib/schema";
import { getPreviewImage } from "@/lib/metadata";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/lib/preview-image";

type Props = { params: Promise<{ locale: string; group: string }> };

/** Rendered at build time for every group in every language; no other path has an image. */
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.flatMap(({ code }) => ResourceGroupSchema.options.map((group) => ({ locale: code, group })));
}

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = PREVIEW_ALT;

/** A directory group's link-preview image, in every language. */
export default async function Image({ params }: Props) {
  const { locale, group } = await params;
  const preview = isLocale(locale) ? await getPreviewImage(locale, "", group) : null;
  if (!preview) notFound();
  return preview;
}
