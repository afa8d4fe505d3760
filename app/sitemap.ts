import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/metadata";

/** Every page in every language, with its review date and its other languages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return listSitemapEntries();
}
