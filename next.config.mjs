import { execSync } from "node:child_process";
import locales from "./content/locales.json" with { type: "json" };

const [defaultLocale, ...otherLocales] = locales.map((locale) => locale.code);
const prefixes = [defaultLocale, ...otherLocales].join("|");

/**
 * Which build this is: the service worker keeps offline copies per build and
 * drops them when a new build is deployed. `BUILD_ID` may be set by the
 * deployment; otherwise the Git commit is used.
 */
function readBuildId() {
  if (process.env.BUILD_ID) return process.env.BUILD_ID;
  try {
    return execSync("git rev-parse --short=12 HEAD", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
  } catch {
    return "local";
  }
}
const buildId = readBuildId();

/**
 * Security headers, set here once for every response. The Content-Security-Policy
 * allows only this site's own files: no third-party scripts, fonts, frames or
 * trackers. `script-src` needs 'unsafe-inline' because Next.js writes each
 * prerendered page's React payload as inline scripts, and a static page cannot
 * carry a per-request nonce (see README, Security).
 */
const SECURITY_HEADERS = [
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Official sites we link to are not told which page a reader came from.
  { key: "Referrer-Policy", value: "no-referrer" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

/**
 * English is served without a prefix (`/faq`), every other language under its
 * own (`/es/faq`). All pages live under `app/[locale]`, so the unprefixed URLs
 * are rewritten to the English locale, and `/en/...` redirects to the clean URL.
 *
 * @type {import("next").NextConfig}
 */
const nextConfig = {
  poweredByHeader: false,
  generateBuildId: () => buildId,
  // `NEXT_OUTPUT=standalone` writes a self-contained server for a container (see Dockerfile).
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  env: { BUILD_ID: buildId },
  reactStrictMode: true,
  serverExternalPackages: ["mdx-bundler", "esbuild"],
  // One prerendered 404 page for every unknown URL (the root layout is per language).
  experimental: { globalNotFound: true },
  async headers() {
    return [
      {
        // Every response, pages and files alike.
        source: "/:path*",
        headers: SECURITY_HEADERS,
      },
      {
        // Pages, the sitemap, search indexes and preview images: a CDN may keep them for
        // 5 minutes and serve a stale copy for a day while it fetches the new one, so a
        // new build reaches readers within minutes. (Hashed files under /_next/static
        // are sent by Next.js as immutable for a year.)
        source: "/((?!_next/static/).*)",
        headers: [{ key: "Cache-Control", value: "public, max-age=0, s-maxage=300, stale-while-revalidate=86400" }],
      },
      {
        // The service worker: browsers and CDNs check for a new one on every visit.
        source: "/sw.js",
        headers: [{ key: "Cache-Control", value: "no-cache" }],
      },
      {
        // Search results are never stored by a shared cache: what people search for is theirs.
        source: `/:locale(${prefixes})?/search`,
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
    ];
  },
  async redirects() {
    return [
      { source: `/${defaultLocale}`, destination: "/", permanent: true },
      // Link-preview images keep their generated `/en/...` address: a crawler fetching one should not meet a redirect.
      { source: `/${defaultLocale}/:path((?!(?:.*/)?opengraph-image$).*)`, destination: "/:path", permanent: true },
    ];
  },
  async rewrites() {
    return [
      { source: "/", destination: `/${defaultLocale}` },
      {
        // Everything that does not start with a language's prefix is English. (`/en/...` is
        // redirected above, except the link-preview images, which are served where they are.)
        source: `/:first((?!(?:${prefixes})(?:/|$))[^/]+)/:rest*`,
        destination: `/${defaultLocale}/:first/:rest*`,
      },
    ];
  },
};

export default nextConfig;
