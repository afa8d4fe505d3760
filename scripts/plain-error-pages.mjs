// Run by `npm run build` after `next build`. Next.js always writes its own error
// documents (the App Router's `_not-found` and `_global-error`, and the Pages
// Router's `404` and `500`), each loading the framework's client runtime. No
// address reaches them (next.config.mjs sends every unknown URL, and their own
// addresses, to the site's 404 page), but a server that falls back to one must
// still get a plain page. So each is replaced with plain HTML made from the
// site's own English 404 page: the 404 page itself, or, for a server error,
// the same page saying that something went wrong. A framework page this step
// does not know fails the build. The server-error page is also written where
// the search page, rendered on request, reads it when it fails (SERVER_ERROR_PAGE).
import fs from "node:fs";
import path from "node:path";
import locales from "../content/locales.json" with { type: "json" };
import { SERVER_ERROR, SERVER_ERROR_PAGE } from "../lib/server-error.mjs";
import { SLUGS } from "../lib/slugs.mjs";

/** What loads the framework's client runtime: its script chunks, or its inline payload. */
export const FRAMEWORK_RUNTIME = /\/_next\/static\/chunks\/|self\.__next_f/;

/** The framework's error documents, by file name, and which of the site's pages replaces each. */
export const REPLACEMENTS = Object.freeze({
  "_not-found.html": "not-found",
  "404.html": "not-found",
  "_global-error.html": "server-error",
  "500.html": "server-error",
});

export { SERVER_ERROR, SERVER_ERROR_PAGE };

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[char]);

/** Replaces the one match of `pattern` in `html`, or fails naming what was not found exactly once. */
function replaceOnce(html, pattern, replacement, what) {
  const count = html.match(new RegExp(pattern.source, "g"))?.length ?? 0;
  if (count !== 1) throw new Error(`the 404 page has ${count} ${what}, expected exactly 1`);
  return html.replace(pattern, replacement);
}

/**
 * The server-error page, made from the site's English 404 page (`notFoundHtml`):
 * the same header, navigation and footer (with "Leave this site quickly"), its
 * own title and description, and a main part that says what happened and links
 * to the start of the guide (`home`: that link's text).
 */
export function toServerErrorPage(notFoundHtml, home) {
  const title = escapeHtml(SERVER_ERROR.title);
  const body = escapeHtml(SERVER_ERROR.body);
  let html = replaceOnce(
    notFoundHtml,
    /<title>[^<]*?( · [^<]*)?<\/title>/,
    (_match, siteName = "") => `<title>${title}${siteName}</title>`,
    "<title> elements",
  );
  html = replaceOnce(
    html,
    /<meta name="description" content="[^"]*"\/>/,
    `<meta name="description" content="${body}"/>`,
    "descriptions",
  );
  return replaceOnce(
    html,
    /(<main\b[^>]*>)[\s\S]*?<\/main>/,
    (_match, open) =>
      `${open}<h1 id="page-title">${title}</h1><p>${body}</p>` +
      `<ul><li><a href="/" class="tap-target">${escapeHtml(home)}</a></li></ul></main>`,
    "<main> elements",
  );
}

/** Every `.html` file below `dir` that loads the framework's client runtime. */
export function findFrameworkPages(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => FRAMEWORK_RUNTIME.test(fs.readFileSync(file, "utf8")));
}

/**
 * Replaces every framework error document in the build's output (`distDir`,
 * and the standalone server's copy when there is one) and returns the files
 * replaced. Writes the server-error page at SERVER_ERROR_PAGE in each too.
 * Throws if the site's 404 page is missing or still loads the runtime, or if
 * a framework page is not one of REPLACEMENTS.
 */
export function replaceFrameworkPages(distDir) {
  const defaultLocale = locales[0].code;
  const notFoundFile = path.join(distDir, "server/app", defaultLocale, `${SLUGS.notFound}.body`);
  if (!fs.existsSync(notFoundFile)) throw new Error(`${notFoundFile} is missing: the site's 404 page was not prerendered`);
  const notFound = fs.readFileSync(notFoundFile, "utf8");
  if (FRAMEWORK_RUNTIME.test(notFound)) throw new Error(`${notFoundFile} loads the framework's client runtime`);
  const pages = { "not-found": notFound, "server-error": toServerErrorPage(notFound, SERVER_ERROR.home) };

  const outputs = [distDir, path.join(distDir, "standalone", path.basename(distDir))];
  for (const output of outputs.filter((dir) => fs.existsSync(path.join(dir, "server")))) {
    fs.mkdirSync(path.dirname(path.join(output, SERVER_ERROR_PAGE)), { recursive: true });
    fs.writeFileSync(path.join(output, SERVER_ERROR_PAGE), pages["server-error"]);
  }
  const servers = outputs.map((dir) => path.join(dir, "server"));
  const replaced = [];
  for (const file of servers.flatMap(findFrameworkPages)) {
    const page = REPLACEMENTS[path.basename(file)];
    if (!page) throw new Error(`${file} loads the framework's client runtime, and there is no plain page to put in its place`);
    fs.writeFileSync(file, pages[page]);
    replaced.push(file);
  }
  return replaced;
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? new URL(import.meta.url).pathname)
) {
  try {
    const replaced = replaceFrameworkPages(path.resolve(process.argv[2] ?? ".next"));
    console.log(`Plain error pages: ${replaced.length} framework error documents replaced.`);
  } catch (error) {
    console.error(`Plain error pages: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
