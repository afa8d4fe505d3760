// Compares a benchmark result with bench/budgets.json and renders the figures as Markdown.
import fs from "node:fs";
import path from "node:path";

export const RESULTS_FILE = path.join(process.cwd(), "bench/results/latest.json");
export const BUDGETS_FILE = path.join(process.cwd(), "bench/budgets.json");

const kb = (bytes) => Math.round((bytes / 1000) * 10) / 10;

/** Every figure over its budget, each naming the page and the figure. */
export function checkBudgets(results, budgets) {
  const over = [];
  const limit = (where, what, value, max) => {
    if (value > max) over.push(`${where}: ${what} is ${value}, budget ${max}`);
  };
  const atLeast = (where, what, value, min) => {
    if (value < min) over.push(`${where}: ${what} is ${value}, budget at least ${min}`);
  };
  const f = budgets.firstView;
  for (const page of results.pages ?? []) {
    const v = page.firstView;
    const where = `${page.path} first view`;
    limit(where, "total KB", kb(v.compressed), f.totalKb);
    limit(where, "JavaScript KB", kb(v.byType.js.compressed), f.jsKb);
    limit(where, "HTML KB", kb(v.byType.html.compressed), f.htmlKb);
    limit(where, "CSS KB", kb(v.byType.css.compressed), f.cssKb);
    limit(where, "font KB", kb(v.byType.font.compressed), f.fontKb);
    limit(where, "image KB", kb(v.byType.image.compressed), f.imageKb);
    limit(where, "requests to other sites", v.thirdParty.length, f.thirdPartyRequests);
    limit(where, "prefetch requests", v.prefetch.requests, f.prefetchRequests);
    limit(where, "failed requests", v.failed.length, f.failedRequests);
    if (page.nextView) limit(`${page.path} next view (to ${page.nextView.to})`, "total KB", kb(page.nextView.compressed), budgets.nextView.totalKb);
  }
  const l = budgets.lighthouse;
  for (const run of (results.lighthouse ?? []).filter((r) => !r.withoutScripts)) {
    const where = `Lighthouse ${new URL(run.url).pathname}`;
    atLeast(where, "performance", run.performance, l.performance);
    atLeast(where, "accessibility", run.accessibility, l.accessibility);
    atLeast(where, "best practices", run.bestPractices, l.bestPractices);
    atLeast(where, "SEO", run.seo, l.seo);
    limit(where, "CLS", run.cls, l.cls);
    limit(where, "TBT ms", run.tbtMs, l.tbtMs);
  }
  return over;
}

/** The result as Markdown tables. */
export function toMarkdown(results) {
  const lines = [];
  lines.push("### Page weight: first view, cold cache (Chromium, 390 x 844); KB = 1,000 bytes", "");
  lines.push("Compressed bodies as sent; *with headers* adds the HTTP response headers. Next view: bytes to follow a link to another section with a warm cache.", "");
  lines.push("| Page | Requests | Total | With headers | Uncompressed | HTML | CSS | JS | Fonts | Images | Other | Prefetch | Next view |");
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const page of results.pages ?? []) {
    const v = page.firstView;
    const t = (type) => kb(v.byType[type].compressed);
    lines.push(
      `| ${page.path} | ${v.requests} | ${kb(v.compressed)} | ${kb(v.transferred)} | ${kb(v.decoded)} | ${t("html")} | ${t("css")} | ${t("js")} | ${t("font")} | ${t("image")} | ${t("other")} | ${v.prefetch.requests} | ${page.nextView ? kb(page.nextView.compressed) : "-"} |`,
    );
  }
  if (results.lighthouse?.length) {
    lines.push("", "### Lighthouse mobile (median of runs)", "");
    lines.push("| Page | Performance | Accessibility | Best practices | SEO | LCP ms | TBT ms | CLS |");
    lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of results.lighthouse) {
      const page = new URL(r.url).pathname + (r.withoutScripts ? " (scripts blocked, reference)" : "");
      lines.push(`| ${page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} |`);
    }
  }
  if (results.throughput?.length) {
    lines.push("", "### Throughput (autocannon, loopback)", "");
    lines.push("| Page | Server | Requests/s | p50 ms | p99 ms | Errors | next start / static |");
    lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for (const r of results.throughput) {
      lines.push(`| ${r.path} | next start | ${r.next.requestsPerSecond} | ${r.next.p50Ms} | ${r.next.p99Ms} | ${r.next.errors} | ${r.ratio} |`);
      lines.push(`| ${r.path} | static reference | ${r.static.requestsPerSecond} | ${r.static.p50Ms} | ${r.static.p99Ms} | ${r.static.errors} | |`);
    }
  }
  if (results.scale?.length) {
    lines.push("", "### Build cost (clean `next build`)", "");
    lines.push("| Content | Pages | Languages | Seconds | Peak memory MB |");
    lines.push("| --- | ---: | ---: | ---: | ---: |");
    for (const s of results.scale) lines.push(`| ${s.factor}x | ${s.pages} | ${s.locales} | ${s.seconds} | ${s.peakMemoryMb} |`);
  }
  return lines.join("\n");
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}
