// Which pages exist, from the build's own list of prerendered routes
// (written by generateStaticParams from the content loader), never a hand-kept list.
import fs from "node:fs";
import path from "node:path";

const locales = JSON.parse(fs.readFileSync(path.join(process.cwd(), "content/locales.json"), "utf8"));
const defaultLocale = locales[0].code;

/** Public URL path of a prerendered route: `/en` → `/`, `/en/faq` → `/faq`, `/es/faq` stays. */
export function toPublicPath(route) {
  if (route === `/${defaultLocale}`) return "/";
  if (route.startsWith(`/${defaultLocale}/`)) return route.slice(defaultLocale.length + 1);
  return route;
}

/**
 * Every page of every language: { path, locale, slug, route, htmlFile }. Prerendered
 * routes that are not pages (link-preview images, search indexes) have no .html file
 * and are left out; the search page, rendered on request, is added for each language.
 */
export function listBuiltPages(cwd = process.cwd()) {
  const manifest = JSON.parse(fs.readFileSync(path.join(cwd, ".next/prerender-manifest.json"), "utf8"));
  const codes = new Set(locales.map((locale) => locale.code));
  const prerendered = Object.keys(manifest.routes)
    .filter((route) => codes.has(route.split("/")[1]))
    .map((route) => {
      const [, locale, ...rest] = route.split("/");
      return { path: toPublicPath(route), locale, slug: rest.join("/"), route, htmlFile: path.join(cwd, ".next/server/app", `${route}.html`) };
    })
    .filter((page) => fs.existsSync(page.htmlFile));
  const search = locales.map(({ code }) => ({ path: toPublicPath(`/${code}/search`), locale: code, slug: "search", route: `/${code}/search`, htmlFile: null }));
  return [...prerendered, ...search].sort((a, b) => a.route.localeCompare(b.route));
}

/** One page of each kind, for Lighthouse and throughput: home, a section, the directory, a translation. */
export function pickSamples(pages) {
  const english = pages.filter((page) => page.locale === defaultLocale);
  const translated = pages.find((page) => page.locale !== defaultLocale && page.slug === "faq");
  return [
    english.find((page) => page.slug === ""),
    english.find((page) => page.slug === "faq"),
    english.find((page) => page.slug === "resources"),
    translated,
  ].filter(Boolean);
}
