// Compares a benchmark result with bench/budgets.json and renders the figures as Markdown.
import fs from "node:fs";
import path from "node:path";

export const RESULTS_FILE = path.join(process.cwd(), "bench/results/latest.json");
export const BUDGETS_FILE = path.join(process.cwd(), "bench/budgets.json");

const kb = (bytes) => Math.round((bytes / 1000) * 10) / 10;

/** Throughput is a figure, not a budget: the plain Next.js starter's requests per second, for comparison. */
export const THROUGHPUT_TARGET_RPS = 1061;

const isSearchPage = (page) => (page.slug ?? page.path.split("/").pop()) === "search";

/** Every figure over its budget, each naming the page and the figure. */
export function checkBudgets(results, budgets) {
  const over = [];
  // A figure that was not measured (a run that failed) is reported, never taken as within budget.
  const measured = (where, what, value) => {
    if (Number.isFinite(value)) return true;
    over.push(`${where}: ${what} was not measured`);
    return false;
  };
  const limit = (where, what, value, max) => {
    if (measured(where, what, value) && value > max) over.push(`${where}: ${what} is ${value}, budget ${max}`);
  };
  const atLeast = (where, what, value, min) => {
    if (measured(where, what, value) && value < min) over.push(`${where}: ${what} is ${value}, budget at least ${min}`);
  };
  const f = budgets.firstView;
  for (const page of [...(results.pages ?? []), ...(results.notFound ? [results.notFound] : [])]) {
    const v = page.firstView;
    const where = `${page.path} first view`;
    limit(where, "total KB", kb(v.compressed), f.totalKb);
    limit(where, "requests", v.requests, f.maxRequests);
    limit(where, "HTML KB", kb(v.byType.html.compressed), f.htmlKb);
    limit(where, "CSS KB", kb(v.byType.css.compressed), f.cssKb);
    limit(where, "JavaScript KB", kb(v.byType.js.compressed), isSearchPage(page) ? f.searchPageJsKb : f.jsKb);
    limit(where, "font KB", kb(v.byType.font.compressed), f.fontKb);
    limit(where, "image KB", kb(v.byType.image.compressed), f.imageKb);
    limit(where, "requests to other sites", v.thirdParty.length, f.thirdPartyRequests);
    limit(where, "failed requests", v.failed.length, f.failedRequests);
    if (page.nextView)
      limit(
        `${page.path} next view (to ${page.nextView.to})`,
        "total KB",
        kb(page.nextView.compressed),
        budgets.nextView.totalKb,
      );
  }
  const l = budgets.lighthouse;
  const runs = results.lighthouse ?? [];
  const reference = runs.find((run) => run.reference);
  if (runs.length > 0 && !reference) over.push("Lighthouse: no one-file reference run, so LCP cannot be checked");
  for (const run of runs.filter((r) => !r.reference && !r.floor)) {
    const where = `Lighthouse ${new URL(run.url).pathname}`;
    atLeast(where, "performance", run.performance, l.performance);
    atLeast(where, "accessibility", run.accessibility, l.accessibility);
    atLeast(where, "best practices", run.bestPractices, l.bestPractices);
    atLeast(where, "SEO", run.seo, l.seo);
    limit(where, "CLS", run.cls, l.cls);
    limit(where, "TBT ms", run.tbtMs, l.tbtMs);
    if (reference)
      limit(
        where,
        `LCP ms (${l.lcpRatio} x the one-file page's ${reference.lcpMs} ms)`,
        run.lcpMs,
        Math.round(reference.lcpMs * l.lcpRatio),
      );
  }
  for (const language of results.offline ?? []) {
    const where = `offline copy (${language.locale})`;
    if (!language.kept) over.push(`${where}: the service worker did not finish keeping it (no "kept" message)`);
    limit(where, "KB", kb(language.copy.compressed), budgets.offlineCopyKb);
  }
  return over;
}

/** The result as Markdown tables. */
export function toMarkdown(results) {
  const lines = [];
  lines.push("### Page weight: first view, cold cache (Chromium, 390 x 844); KB = 1,000 bytes", "");
  lines.push(
    "Until the network is quiet, with service workers blocked (the offline copy is measured below). Compressed bodies as sent; *with headers* adds the HTTP response headers. Next view: bytes to follow a link to another section with a warm cache.",
    "",
  );
  lines.push("| Page | Requests | Total | With headers | Uncompressed | HTML | CSS | JS | Fonts | Images | Other | Next view |");
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const page of [...(results.pages ?? []), ...(results.notFound ? [results.notFound] : [])]) {
    const v = page.firstView;
    const t = (type) => kb(v.byType[type].compressed);
    const name = page === results.notFound ? `${page.path} (404 page)` : page.path;
    lines.push(
      `| ${name} | ${v.requests} | ${kb(v.compressed)} | ${kb(v.transferred)} | ${kb(v.decoded)} | ${t("html")} | ${t("css")} | ${t("js")} | ${t("font")} | ${t("image")} | ${t("other")} | ${page.nextView ? kb(page.nextView.compressed) : "-"} |`,
    );
  }
  if (results.offline?.length) {
    lines.push("", "### Offline copy: what the service worker keeps after a first view of the language's home page", "");
    lines.push(
      "Copy: size of every file kept, compressed as sent (the budget) and uncompressed. Background: what the worker downloads after the first view (files the page already loaded come from the browser's cache).",
      "",
    );
    lines.push("| Language | Kept | Files | Copy KB | Copy KB uncompressed | Background requests | Background KB |");
    lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for (const o of results.offline) {
      lines.push(
        `| ${o.locale} | ${o.kept ? "yes" : "no"} | ${o.copy.files} | ${kb(o.copy.compressed)} | ${o.copy.decoded === undefined ? "-" : kb(o.copy.decoded)} | ${o.background.requests} | ${kb(o.background.compressed)} |`,
      );
    }
  }
  const lighthouseTable = (title, runs) => {
    const reference = runs.find((r) => r.reference);
    lines.push("", title, "");
    lines.push("| Page | Performance | Accessibility | Best practices | SEO | LCP ms | LCP / one-file page | TBT ms | CLS |");
    lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of runs) {
      const page =
        new URL(r.url).pathname +
        (r.reference ? " (one-file reference, static server)" : "") +
        (r.floor ? ` (the same, sent with Cross-Origin-Opener-Policy: ${r.floor}; a figure, not held to budgets)` : "");
      const ratio = reference?.lcpMs ? Math.round((r.lcpMs / reference.lcpMs) * 100) / 100 : "-";
      lines.push(
        `| ${page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${ratio} | ${r.tbtMs} | ${r.cls} |`,
      );
    }
  };
  if (results.lighthouse?.length) {
    lighthouseTable("### Lighthouse mobile over HTTPS and HTTP/2, as deployed (median of runs)", results.lighthouse);
  }
  if (results.lighthouseHttp1?.length) {
    lighthouseTable("### Lighthouse mobile over plain HTTP/1.1 (a figure, not a budget)", results.lighthouseHttp1);
  }
  if (results.throughput?.length) {
    lines.push("", "### Throughput (autocannon, loopback, 50 connections)", "");
    lines.push(
      `A figure, not a budget. Target: at least ${THROUGHPUT_TARGET_RPS.toLocaleString("en-US")} requests/s for \`next start\` with gzip (the plain Next.js starter). Requests look like a browser's page view; both servers gzip each response on every request, and the uncompressed rows show what that costs. Bytes/response includes the headers.`,
      "",
    );
    lines.push("| Page | Encoding | Server | Requests/s | p50 ms | p99 ms | Bytes/response | Errors | next start / static |");
    lines.push("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of results.throughput) {
      const encoding = r.encoding ?? "identity";
      for (const [name, m, ratio] of [
        ["next start", r.next, r.ratio],
        ["static reference", r.static, ""],
      ]) {
        lines.push(
          `| ${r.path} | ${encoding} | ${name} | ${m.requestsPerSecond} | ${m.p50Ms} | ${m.p99Ms} | ${m.bytesPerRequest ?? "-"} | ${m.errors} | ${ratio} |`,
        );
      }
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

/** A JSON file, parsed. */
export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}
