import { previewImageRoute } from "@/lib/metadata";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/lib/preview-image";

/** The pocket card's link-preview image, rendered at build time in every language; no other path has one. */
const image = previewImageRoute((route) => route.kind === "card");

export const dynamicParams = false;
export const generateStaticParams = image.generateStaticParams;
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = PREVIEW_ALT;
export default image.Image;
