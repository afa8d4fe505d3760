import { previewImageRoute } from "@/lib/metadata";
import { PREVIEW_ALT, PREVIEW_SIZE } from "@/lib/preview-image";

/** A directory group's link-preview image, rendered at build time in every language; no other path has one. */
const image = previewImageRoute(
  (route) => route.kind === "group",
  (route) => ({ group: route.group! }),
);

export const dynamicParams = false;
export const generateStaticParams = image.generateStaticParams;
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = PREVIEW_ALT;
export default image.Image;
