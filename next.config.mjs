import { execSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import locales from "./content/locales.json" with { type: "json" };
import { ASSET_PREFIX, buildAssets } from "./lib/build-assets.mjs";
import { SECURITY_HEADERS } from "./lib/security-headers.mjs";
import { SLUGS } from "./lib/slugs.mjs";

const [defaultLocale, ...otherLocales] = locales.map((locale) => locale.code);
const prefixes = [defaultLocale, ...otherLocales].join("|");
const NOT_FOUND_SLUG = SLUGS.notFound;

/** Which build this is, for people: `BUILD_ID` from the deployment, else the Git commit. */
function readBuildId() {
  if (process.env.BUILD_ID) return process.env.BUILD_ID;
  try {
    return execSync("git rev-parse --short=12 HEAD", { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return "local";
  }
}

/**
 * A fingerprint of everything a page is made from (content, code, styles,
 * dependencies), so it changes exactly when a page may have changed, with or
 * without Git. Pages carry it as their ETag (a browser that has this build's
 * copy gets 304 Not Modified), and the service worker names its offline copy by it.
 */
function readSourceVersion(buildId) {
  const hash = createHash("sha256").update(buildId);
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(full).update(fs.readFileSync(full));
    }
  };
  for (const dir of ["app", "components", "content", "lib"]) walk(dir);
  for (const file of ["next.config.mjs", "package-lock.json"]) hash.update(file).update(fs.readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Checks all the content before the build renders any page (lib/validate-content.ts), so a
 * broken page fails the build with its file, line and problem first, not inside the first
 * page that happens to use it. Prints each problem and stops the build.
 */
function checkContent() {
  // Next.js reads this file more than once per build: the content is checked the first time.
  if (process.env.CONTENT_CHECKED) return;
  const check = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/check-content.ts"], { stdio: "inherit" });
  if (check.error) throw check.error;
  if (check.status !== 0) process.exit(1);
  process.env.CONTENT_CHECKED = "1";
}

/**
 * English is served without a prefix (`/faq`), every other language under its
 * own (`/es/faq`). All pages live under `app/[locale]`, so the unprefixed URLs
 * are rewritten to the English locale, and `/en/...` redirects to the clean URL.
 * Any URL the site does not have gets the 404 page of its language.
 *
 * @param {string} phase
 * @returns {Promise<import("next").NextConfig>}
 */
export default async function nextConfig(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) checkContent();
  const buildId = readBuildId();
  // The browser files are built when a build (or the development server) starts; `next start`
  // serves what the build made, so it needs neither their sources nor the tools that build them.
  const building = phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER;
  const assets = building ? await buildAssets({ hashed: phase === PHASE_PRODUCTION_BUILD }) : {};
  const names = Object.fromEntries(Object.entries(assets).map(([entry, file]) => [entry, file.name]));
  return {
    poweredByHeader: false,
    generateBuildId: () => buildId,
    // `NEXT_OUTPUT=standalone` writes a self-contained server for a container (see Dockerfile).
    output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
    // Written into the build: pages rendered on request (search) use the same public address
    // as the prerendered ones, whatever the server's own environment says.
    env: building
      ? {
          BUILD_ID: buildId,
          SITE_VERSION: readSourceVersion(buildId),
          SITE_ASSETS: JSON.stringify(names),
          SITE_URL: process.env.SITE_URL ?? "",
        }
      : {},
    reactStrictMode: true,
    serverExternalPackages: ["mdx-bundler", "esbuild"],
    // The container needs the content and the renderer, never the tests' fixtures.
    outputFileTracingExcludes: { "*": ["tests/**", "bench/**", "docs/**"] },
    async headers() {
      return [
        // Every response, pages and files alike.
        { source: "/:path*", headers: SECURITY_HEADERS },
        {
          // Pages, the sitemap, search indexes and preview images: a CDN may keep them for
          // 5 minutes and serve a stale copy for a day while it fetches the new one, so a
          // new build reaches readers within minutes; browsers revalidate (304 when unchanged).
          source: `/((?!_next/static/|${ASSET_PREFIX.slice(1)}).*)`,
          headers: [{ key: "Cache-Control", value: "public, max-age=0, s-maxage=300, stale-while-revalidate=86400" }],
        },
        {
          // The site's own stylesheet and scripts are named by their contents: cached for a year.
          source: `${ASSET_PREFIX}:file`,
          headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
        },
        {
          // The icon and the manifest, asked for on every page view: a browser keeps them for a
          // day (and uses its copy for a week while it checks), so a next view costs no request.
          source: "/:file(icon.svg|manifest.webmanifest)",
          headers: [{ key: "Cache-Control", value: "public, max-age=86400, stale-while-revalidate=604800" }],
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
        // Link-preview images keep their `/en/...` address: a crawler fetching one should not meet a redirect.
        { source: `/${defaultLocale}/:path((?!(?:.*/)?opengraph-image$).*)`, destination: "/:path", permanent: true },
      ];
    },
    async rewrites() {
      return {
        // Next.js keeps these addresses for its own error pages, which carry its client runtime
        // (and `/_global-error` answers 500): send them all to ours.
        beforeFiles: [
          { source: "/:page(404|500|_not-found|_global-error|_error)", destination: `/${defaultLocale}/${NOT_FOUND_SLUG}` },
        ],
        afterFiles: [
          { source: "/", destination: `/${defaultLocale}` },
          {
            // Everything that does not start with a language's prefix (or the browser files) is
            // English. (`/en/...` is redirected above, except the link-preview images.)
            source: `/:first((?!(?:${prefixes}|${ASSET_PREFIX.slice(1, -1)})(?:/|$))[^/]+)/:rest*`,
            destination: `/${defaultLocale}/:first/:rest*`,
          },
        ],
        // Checked only when no page matched: the 404 page, in the URL's language.
        fallback: [
          { source: `/:locale(${otherLocales.join("|")})/:rest*`, destination: `/:locale/${NOT_FOUND_SLUG}` },
          { source: "/:rest*", destination: `/${defaultLocale}/${NOT_FOUND_SLUG}` },
        ],
      };
    },
  };
}
