// Lighthouse mobile (its default: a mid-range phone on a slow 4G connection) with
// Debian's Chromium, through the Node API. Median of several runs per page.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM, CHROMIUM_ARGS } from "./weight.mjs";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Lighthouse scores (0-100) and metrics for one URL: the median of `runs` runs.
 * With `withoutScripts`, every script is blocked: a reference run that shows
 * what the HTML and CSS alone score, so the cost of the framework's JavaScript
 * can be read off as the difference. It is reported, never budgeted.
 */
export async function runLighthouse(url, runs = 3, { withoutScripts = false } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM.executablePath,
      chromeFlags: CHROMIUM_ARGS,
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        blockedUrlPatterns: withoutScripts ? ["*.js"] : [],
      });
      const { categories, audits } = result.lhr;
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
    runs,
    withoutScripts,
    ...Object.fromEntries(keys.map((key) => [key, median(samples.map((sample) => sample[key]))])),
    failingAudits: [...new Set(samples.flatMap((sample) => sample.failing))],
  };
}
