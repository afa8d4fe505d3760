import type { MetadataRoute } from "next";
import { toAbsoluteUrl } from "@/lib/site";

/** Every page may be indexed; the sitemap lists them all. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: toAbsoluteUrl("/sitemap.xml"),
  };
}
