// Lighthouse mobile (its default: a mid-range phone on a slow 4G connection) with
// Debian's Chromium, through the Node API. Median of several runs per page.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM, CHROMIUM_ARGS } from "./weight.mjs";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** The median of the runs that measured the figure; NaN when none did (the budget check reports it). */
function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)] : Number.NaN;
}

/**
 * Lighthouse scores (0-100) and metrics for one URL: the median of `runs` runs.
 * An https URL is the bench's own HTTPS front, with a self-signed certificate.
 */
export async function runLighthouse(url, runs = 3) {
  const samples = [];
  const tls = url.startsWith("https:") ? ["--ignore-certificate-errors"] : [];
  for (let i = 0; i < runs; i += 1) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM.executablePath,
      chromeFlags: [...CHROMIUM_ARGS, ...tls],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
      });
      const { categories, audits, runtimeError } = result.lhr;
      // A run Lighthouse could not finish leaves its metrics empty: say why, and the budget check reports it.
      const problems = [runtimeError?.message, ...Object.values(audits).map((audit) => audit.errorMessage)].filter(Boolean);
      if (problems.length > 0) console.error(`[bench] Lighthouse ${url}: ${[...new Set(problems)].join("; ")}`);
      samples.push({
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        bestPractices: Math.round(categories["best-practices"].score * 100),
        seo: Math.round(categories.seo.score * 100),
        lcpMs: Math.round(audits["largest-contentful-paint"].numericValue),
        tbtMs: Math.round(audits["total-blocking-time"].numericValue),
        cls: Math.round(audits["cumulative-layout-shift"].numericValue * 1000) / 1000,
        failing: Object.values(audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
          .map((audit) => audit.id),
      });
    } finally {
      await chrome.kill();
    }
  }
  const keys = ["performance", "accessibility", "bestPractices", "seo", "lcpMs", "tbtMs", "cls"];
  return {
    url,
    protocol: url.startsWith("https:") ? "HTTP/2 over TLS" : "HTTP/1.1",
    runs,
    ...Object.fromEntries(keys.map((key) => [key, median(samples.map((sample) => sample[key]))])),
    failingAudits: [...new Set(samples.flatMap((sample) => sample.failing))],
  };
}

/**
 * The LCP reference: the same page as one file, the floor a static site could
 * reach: its stylesheet inlined in a `<style>` element (`css`), scripts and the
 * manifest taken out, and the icon an empty `data:` one (or the browser asks for
 * /favicon.ico). Served by the static reference server in the same run, its
 * median LCP is what the site's pages are held to (`lighthouse.lcpRatio`).
 */
export function toOneFilePage(html, css) {
  const page = html
    .replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/i, () => `<style>${css}</style>`)
    .replace(/<link\b[^>]*\brel="(?:stylesheet|manifest|preload|modulepreload)"[^>]*>/gi, "")
    .replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*>\s*<\/script>/gi, "")
    .replace(/<link\b[^>]*\brel="icon"[^>]*>/gi, '<link rel="icon" href="data:,"/>');
  const loads = (page.match(/<(?:link|script|img|iframe)\b[^>]*\b(?:src|href)="\/[^"]*"[^>]*>/gi) ?? []).filter(
    (tag) => !/\brel="(?:canonical|alternate)"/.test(tag),
  );
  if (loads.length > 0) throw new Error(`the LCP reference page still loads ${loads.join(", ")}`);
  return page;
}
