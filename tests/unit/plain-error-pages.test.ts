import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  findFrameworkPages,
  replaceFrameworkPages,
  SERVER_ERROR,
  SERVER_ERROR_PAGE,
  toServerErrorPage,
} from "../../scripts/plain-error-pages.mjs";

const SITE_404 =
  '<!DOCTYPE html><html lang="en"><head><title>Page not found · Guide</title>' +
  '<meta name="description" content="We could not find that page."/></head><body>' +
  '<header><a href="https://weather.com/" data-module="quick-exit">Leave this site quickly</a></header>' +
  '<main id="main" tabindex="-1" class="wrap prose"><h1 id="page-title">Page not found</h1>' +
  '<p>We could not find that page.</p><ul class="index"><li lang="es">No se encontró la página</li></ul></main>' +
  "<footer>This site uses no cookies.</footer></body></html>";
const FRAMEWORK_404 = '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a1.js" async=""></script></head></html>';
const FRAMEWORK_500 = "<!DOCTYPE html><html><body><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>";

describe("the server-error page", () => {
  it("keeps the site's header and footer, and says what happened in place of the 404 text", () => {
    const html = toServerErrorPage(SITE_404, "Start <of> the guide");
    expect(html).toContain(`<title>${SERVER_ERROR.title} · Guide</title>`);
    expect(html).toContain(`<meta name="description" content="${SERVER_ERROR.body}"/>`);
    expect(html).toContain(
      `<main id="main" tabindex="-1" class="wrap prose"><h1 id="page-title">${SERVER_ERROR.title}</h1><p>${SERVER_ERROR.body}</p>` +
        '<ul><li><a href="/" class="tap-target">Start &lt;of&gt; the guide</a></li></ul></main>',
    );
    expect(html).toContain("Leave this site quickly");
    expect(html).toContain("<footer>This site uses no cookies.</footer>");
    expect(html).not.toMatch(/not found|No se encontró/i);
  });

  it("fails when the 404 page does not have exactly one title, description and main part", () => {
    expect(() => toServerErrorPage(SITE_404.replace(/<main[\s\S]*<\/main>/, ""), "Home")).toThrow(
      "the 404 page has 0 <main> elements, expected exactly 1",
    );
    expect(() => toServerErrorPage(SITE_404.replace("<title>", "<title>x</title><title>"), "Home")).toThrow(
      "the 404 page has 2 <title> elements, expected exactly 1",
    );
    expect(() => toServerErrorPage(SITE_404.replace(/<meta name="description"[^>]*>/, ""), "Home")).toThrow(
      "the 404 page has 0 descriptions, expected exactly 1",
    );
  });
});

describe("replacing the framework's error documents after the build", () => {
  let root: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "plain-error-pages-"));
    write(".next/server/app/en/not-found.body", SITE_404);
    write(".next/server/app/faq.body", "<!DOCTYPE html><html><body>plain</body></html>");
    for (const dir of [".next/server", ".next/standalone/.next/server"]) {
      write(`${dir}/app/_not-found.html`, FRAMEWORK_404);
      write(`${dir}/pages/404.html`, FRAMEWORK_404);
      write(`${dir}/app/_global-error.html`, FRAMEWORK_500);
      write(`${dir}/pages/500.html`, FRAMEWORK_500);
    }
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("puts the site's 404 page and its server-error page in place of every one, the standalone server's copies too", () => {
    const replaced = replaceFrameworkPages(path.join(root, ".next"));
    expect(replaced.map((file) => path.relative(root, file)).sort()).toEqual([
      ".next/server/app/_global-error.html",
      ".next/server/app/_not-found.html",
      ".next/server/pages/404.html",
      ".next/server/pages/500.html",
      ".next/standalone/.next/server/app/_global-error.html",
      ".next/standalone/.next/server/app/_not-found.html",
      ".next/standalone/.next/server/pages/404.html",
      ".next/standalone/.next/server/pages/500.html",
    ]);
    for (const dir of [".next/server", ".next/standalone/.next/server"]) {
      expect(read(`${dir}/app/_not-found.html`)).toBe(SITE_404);
      expect(read(`${dir}/pages/404.html`)).toBe(SITE_404);
      expect(read(`${dir}/app/_global-error.html`)).toBe(toServerErrorPage(SITE_404, "Start of the guide"));
      expect(read(`${dir}/pages/500.html`)).toBe(toServerErrorPage(SITE_404, "Start of the guide"));
    }
    expect(findFrameworkPages(path.join(root, ".next"))).toEqual([]);
    expect(read(".next/server/app/faq.body")).toBe("<!DOCTYPE html><html><body>plain</body></html>");
  });

  it("also leaves the server-error page where the search page reads it when it fails, the standalone server's copy too", () => {
    replaceFrameworkPages(path.join(root, ".next"));
    expect(SERVER_ERROR_PAGE).toBe("server/app/server-error.html");
    for (const output of [".next", ".next/standalone/.next"])
      expect(read(`${output}/${SERVER_ERROR_PAGE}`)).toBe(toServerErrorPage(SITE_404, "Start of the guide"));
  });

  it("finds only .html files that load the framework's runtime", () => {
    write(".next/server/app/plain.html", "<p>no script</p>");
    write(".next/server/app/chunk.js", FRAMEWORK_404);
    expect(
      findFrameworkPages(path.join(root, ".next/server"))
        .map((file) => path.relative(root, file))
        .sort(),
    ).toEqual([
      ".next/server/app/_global-error.html",
      ".next/server/app/_not-found.html",
      ".next/server/pages/404.html",
      ".next/server/pages/500.html",
    ]);
    expect(findFrameworkPages(path.join(root, "no-such-dir"))).toEqual([]);
  });

  it("fails on a framework page it has no plain page for, naming the file", () => {
    write(".next/server/app/_other.html", FRAMEWORK_404);
    expect(() => replaceFrameworkPages(path.join(root, ".next"))).toThrow(
      `${path.join(root, ".next/server/app/_other.html")} loads the framework's client runtime, and there is no plain page to put in its place`,
    );
  });

  it("fails when the site's 404 page is missing, or itself loads the runtime", () => {
    write(".next/server/app/en/not-found.body", FRAMEWORK_404);
    expect(() => replaceFrameworkPages(path.join(root, ".next"))).toThrow(
      `${path.join(root, ".next/server/app/en/not-found.body")} loads the framework's client runtime`,
    );
    fs.rmSync(path.join(root, ".next/server/app/en/not-found.body"));
    expect(() => replaceFrameworkPages(path.join(root, ".next"))).toThrow(
      `${path.join(root, ".next/server/app/en/not-found.body")} is missing: the site's 404 page was not prerendered`,
    );
  });
});
