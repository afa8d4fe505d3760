import type { MetadataRoute } from "next";
import { LOCALES } from "@/lib/i18n";
import { listSiteRoutes, toPageUrl } from "@/lib/metadata";

/** Every page in every language, with its review date and its other languages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const routes = await listSiteRoutes();
  return routes.flatMap((route) =>
    LOCALES.map(({ code }) => ({
      url: toPageUrl(code, route.slug),
      lastModified: route.lastReviewed[code],
      alternates: {
        languages: {
          ...Object.fromEntries(LOCALES.map((other) => [other.tag, toPageUrl(other.code, route.slug)])),
          "x-default": toPageUrl("en", route.slug),
        },
      },
    })),
  );
}
