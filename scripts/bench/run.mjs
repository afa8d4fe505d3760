// `npm run bench`: builds the site, measures it, writes bench/results/latest.json,
// prints Markdown tables and exits non-zero when a figure is over its budget.
//
// Options: --skip-build (use the existing .next), --no-lighthouse, --no-throughput, --no-scale.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { BUDGETS_FILE, RESULTS_FILE, checkBudgets, readJson, toMarkdown } from "./budgets.mjs";
import { runLighthouse } from "./lighthouse.mjs";
import { listBuiltPages, pickSamples } from "./pages.mjs";
import { measureScale } from "./scale.mjs";
import { startNext, startStatic } from "./server.mjs";
import { measureThroughput } from "./throughput.mjs";
import { measureWeights } from "./weight.mjs";

const flags = new Set(process.argv.slice(2));
const log = (message) => console.error(`[bench] ${message}`);

execFileSync("bash", ["scripts/ensure-chromium.sh"], { stdio: "inherit" });
if (!flags.has("--skip-build")) {
  log("building the production site…");
  execFileSync("node_modules/.bin/next", ["build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

const pages = listBuiltPages();
const samples = pickSamples(pages);
const results = { date: new Date().toISOString(), node: process.version, pages: [], lighthouse: [], throughput: [], scale: [] };

/** Writes what has been measured so far, so a failure late in the run loses nothing. */
const save = () => {
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
};

const server = await startNext();
try {
  log(`measuring ${pages.length} pages at ${server.baseUrl}…`);
  results.pages = await measureWeights(server.baseUrl, pages);
  save();

  if (!flags.has("--no-lighthouse")) {
    for (const sample of samples) {
      log(`Lighthouse ${sample.path} (3 runs)…`);
      results.lighthouse.push(await runLighthouse(server.baseUrl + sample.path, 3));
    }
    const reference = samples.find((sample) => sample.slug === "faq") ?? samples[0];
    log(`Lighthouse ${reference.path} with scripts blocked (reference, 3 runs)…`);
    results.lighthouse.push(await runLighthouse(server.baseUrl + reference.path, 3, { withoutScripts: true }));
    save();
  }

  if (!flags.has("--no-throughput")) {
    const loadPages = samples.filter((sample) => sample.slug !== "resources");
    const reference = await startStatic(Object.fromEntries(loadPages.map((page) => [page.path, page.htmlFile])));
    try {
      for (const page of loadPages) {
        log(`throughput ${page.path} (next start, then static reference)…`);
        const next = await measureThroughput(server.baseUrl + page.path);
        const staticRef = await measureThroughput(reference.baseUrl + page.path);
        results.throughput.push({
          path: page.path,
          next,
          static: staticRef,
          ratio: Math.round((next.requestsPerSecond / staticRef.requestsPerSecond) * 100) / 100,
        });
      }
    } finally {
      await reference.stop();
    }
  }
} finally {
  server.stop();
}

if (!flags.has("--no-scale")) {
  log("build cost at 1x and 10x content (temporary copies)…");
  results.scale = await measureScale();
}
save();
console.log(toMarkdown(results));
const over = checkBudgets(results, readJson(BUDGETS_FILE));
if (over.length > 0) {
  console.error(`\nOver budget (${over.length}):\n${over.map((line) => `- ${line}`).join("\n")}`);
  process.exit(1);
}
console.log(`\nAll figures are within budget. Results: ${path.relative(process.cwd(), RESULTS_FILE)}`);
