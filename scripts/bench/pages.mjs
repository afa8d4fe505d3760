// Which pages exist, from the build's own list of prerendered routes
// (written from lib/routes.ts, the one list of every page), never a hand-kept list.
import fs from "node:fs";
import path from "node:path";
import { SLUGS } from "../../lib/slugs.mjs";

const locales = JSON.parse(fs.readFileSync(path.join(process.cwd(), "content/locales.json"), "utf8"));
const defaultLocale = locales[0].code;

/** Public URL path of a prerendered route: `/en` → `/`, `/en/faq` → `/faq`, `/es/faq` stays. */
export function toPublicPath(route) {
  if (route === `/${defaultLocale}`) return "/";
  if (route.startsWith(`/${defaultLocale}/`)) return route.slice(defaultLocale.length + 1);
  return route;
}

/** A prerendered route as `next build` wrote it: `<route>.body` and `<route>.meta` (status, headers). */
function builtRoute(cwd, route) {
  const [, locale, ...rest] = route.split("/");
  const file = path.join(cwd, ".next/server/app", route);
  const meta = fs.existsSync(`${file}.meta`) ? JSON.parse(fs.readFileSync(`${file}.meta`, "utf8")) : null;
  return {
    path: toPublicPath(route),
    locale,
    slug: rest.join("/"),
    route,
    bodyFile: `${file}.body`,
    status: meta?.status ?? 200,
    isHtml: /^text\/html/i.test(meta?.headers?.["content-type"] ?? ""),
  };
}

/**
 * Every page readers open, in every language: { path, locale, slug, route, bodyFile, status }.
 * Prerendered routes whose body is not HTML (preview images, search indexes, assets) are
 * left out, and so are the 404 page and the offline page (see `notFoundPage`); the search
 * page, rendered on request, is added for each language (`bodyFile: null`).
 */
export function listBuiltPages(cwd = process.cwd()) {
  const manifest = JSON.parse(fs.readFileSync(path.join(cwd, ".next/prerender-manifest.json"), "utf8"));
  const codes = new Set(locales.map((locale) => locale.code));
  const prerendered = Object.keys(manifest.routes)
    .filter((route) => codes.has(route.split("/")[1]))
    .map((route) => builtRoute(cwd, route))
    .filter((page) => page.isHtml && page.status === 200 && page.slug !== SLUGS.offline && page.slug !== SLUGS.notFound)
    .filter((page) => fs.existsSync(page.bodyFile))
    .map(({ isHtml: _isHtml, ...page }) => page);
  const search = locales.map(({ code }) => {
    const route = `/${code}/${SLUGS.search}`;
    return { path: toPublicPath(route), locale: code, slug: SLUGS.search, route, bodyFile: null, status: 200 };
  });
  return [...prerendered, ...search].sort((a, b) => a.route.localeCompare(b.route));
}

/** The English 404 page, as a reader meets it: an address the site does not have (status 404). */
export function notFoundPage(cwd = process.cwd()) {
  const { isHtml: _isHtml, ...page } = builtRoute(cwd, `/${defaultLocale}/${SLUGS.notFound}`);
  return { ...page, path: "/bench-no-such-page" };
}

/** One page of each kind, for Lighthouse: home, a section, the directory, a translation. */
export function pickSamples(pages) {
  const english = pages.filter((page) => page.locale === defaultLocale);
  const translated = pages.find((page) => page.locale !== defaultLocale && page.slug === SLUGS.faq);
  return [
    english.find((page) => page.slug === SLUGS.home),
    english.find((page) => page.slug === SLUGS.faq),
    english.find((page) => page.slug === SLUGS.directory),
    translated,
  ].filter(Boolean);
}

/** Each language's home page: where the offline copy is measured. */
export function homePages(pages) {
  return pages.filter((page) => page.slug === SLUGS.home);
}
