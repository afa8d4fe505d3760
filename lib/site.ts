import { z } from "zod";

/**
 * Site-wide settings. `SITE_URL` is the public origin every absolute URL is built
 * from (canonical links, sitemap, link previews). It is read once, here, and validated.
 * It is the value when the site was built (next.config.mjs writes it into the build):
 * pages rendered on request must name the same address as the prerendered ones.
 */
const env = z
  .object({
    SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  })
  .parse({ SITE_URL: process.env.SITE_URL || undefined });

export const site = {
  /** Public origin without a trailing slash, e.g. `https://example.org`. */
  origin: env.SITE_URL.replace(/\/+$/, ""),
  /** Browser UI colour on phones (matches the header). */
  themeColor: "#12385a",
} as const;

/** The absolute URL of a site path such as `/faq`. */
export function toAbsoluteUrl(path: string): string {
  return new URL(path, `${site.origin}/`).toString();
}

/** This build's fingerprint (next.config.mjs): it changes whenever anything a page is made from changes. */
export const SITE_VERSION: string = process.env.SITE_VERSION ?? "development";

/**
 * The ETag of every prerendered page of this build. `SITE_VERSION` (next.config.mjs)
 * changes whenever anything a page is made from changes, so a browser holding a
 * page with this tag holds the current page (proxy.ts answers it 304).
 */
export const PAGE_ETAG = `"p-${SITE_VERSION}"`;
