import locales from "./content/locales.json" with { type: "json" };

const [defaultLocale, ...otherLocales] = locales.map((locale) => locale.code);
const prefixes = [defaultLocale, ...otherLocales].join("|");

/**
 * English is served without a prefix (`/faq`), every other language under its
 * own (`/es/faq`). All pages live under `app/[locale]`, so the unprefixed URLs
 * are rewritten to the English locale, and `/en/...` redirects to the clean URL.
 *
 * @type {import("next").NextConfig}
 */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["mdx-bundler", "esbuild"],
  // One prerendered 404 page for every unknown URL (the root layout is per language).
  experimental: { globalNotFound: true },
  async headers() {
    return [
      {
        // Pages only: the hashed files under /_next/static are scripts and styles,
        // where these headers do nothing but cost bytes on every request.
        source: "/((?!_next/static/).*)",
        headers: [
          // Only this site's own files may load: no third-party scripts, fonts, frames or trackers.
          {
            key: "Content-Security-Policy",
            value:
              "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
          },
          // Official sites we link to are not told which page a reader came from.
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
        ],
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
