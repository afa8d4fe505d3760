// `npm run bench`: builds the site, measures it, writes bench/results/latest.json,
// prints Markdown tables and exits non-zero when a figure is over its budget.
// Throughput is reported, never budgeted.
//
// Options: --skip-build (use the existing .next), --no-lighthouse, --no-throughput, --no-scale.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";
import nextConfig from "../../next.config.mjs";
import { BUDGETS_FILE, RESULTS_FILE, checkBudgets, readJson, toMarkdown } from "./budgets.mjs";
import { runLighthouse, toOneFilePage } from "./lighthouse.mjs";
import { homePages, listBuiltPages, notFoundPage, pickSamples } from "./pages.mjs";
import { measureScale } from "./scale.mjs";
import { startNext, startStatic, startTlsFront } from "./server.mjs";
import { measureThroughput } from "./throughput.mjs";
import { measureOfflineCopies, measureWeights } from "./weight.mjs";

const flags = new Set(process.argv.slice(2));
const log = (message) => console.error(`[bench] ${message}`);

execFileSync("bash", ["scripts/ensure-chromium.sh"], { stdio: "inherit" });
if (!flags.has("--skip-build")) {
  log("building the production site…");
  execFileSync("npm", ["run", "--silent", "build"], { stdio: ["ignore", "ignore", "inherit"] });
}

const pages = listBuiltPages();
const samples = pickSamples(pages);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  pages: [],
  notFound: null,
  offline: [],
  lighthouse: [],
  lighthouseHttp1: [],
  throughput: [],
  scale: [],
};

/** Writes what has been measured so far, so a failure late in the run loses nothing. */
const save = () => {
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
};

// The static reference, in the same run: the prerendered /faq and its translation (throughput),
// and the same /faq as a one-file page (Lighthouse's LCP reference).
const loadPages = samples.filter((sample) => sample.slug === "faq");
const REFERENCE_PATH = "/reference/one-file";
const referenceHtml = fs.readFileSync(loadPages[0].bodyFile, "utf8");
/** The built stylesheet a page links (`/assets/site.<hash>.css`), read from the build's output. */
const readStylesheet = (html) => {
  const href = html.match(/<link rel="stylesheet" href="\/assets\/([^"]+)"/)?.[1];
  if (!href) throw new Error("the reference page links no stylesheet");
  return fs.readFileSync(path.join(".next/server/app/assets", `${href}.body`), "utf8");
};
// The same one-file page once more, with the site's Cross-Origin-Opener-Policy header (from
// next.config.mjs): the floor of Lighthouse's TBT for a page sent with that header (bench/README.md,
// "TBT over budget"). A figure, not a budget.
const FLOOR_PATH = "/reference/one-file-coop";
const siteHeaders = (await (await nextConfig(PHASE_PRODUCTION_SERVER)).headers()).find((rule) => rule.source === "/:path*");
const coop = siteHeaders?.headers.find((header) => header.key === "Cross-Origin-Opener-Policy")?.value;
const oneFilePage = toOneFilePage(referenceHtml, readStylesheet(referenceHtml));
const reference = await startStatic(
  {
    ...Object.fromEntries(loadPages.map((page) => [page.path, fs.readFileSync(page.bodyFile)])),
    [REFERENCE_PATH]: oneFilePage,
    ...(coop ? { [FLOOR_PATH]: oneFilePage } : {}),
  },
  coop ? { [FLOOR_PATH]: { "cross-origin-opener-policy": coop } } : {},
);
const server = await startNext();
try {
  log(`measuring ${pages.length} pages and the 404 page at ${server.baseUrl}…`);
  [results.notFound, ...results.pages] = await measureWeights(server.baseUrl, [notFoundPage(), ...pages]);
  save();
  log("offline copy of each language (service worker)…");
  results.offline = await measureOfflineCopies(server.baseUrl, homePages(pages));
  save();

  if (!flags.has("--no-lighthouse")) {
    // As deployed: HTTPS with HTTP/2 in front of `next start` (README, Deploying), and the
    // one-file reference behind the same kind of front. These runs are held to the budgets.
    const fronts = [await startTlsFront(server.baseUrl), await startTlsFront(reference.baseUrl)];
    const [site, referenceFront] = fronts;
    try {
      log(`Lighthouse ${REFERENCE_PATH} over HTTPS: ${loadPages[0].path} as one file (3 runs)…`);
      results.lighthouse.push({ ...(await runLighthouse(referenceFront.baseUrl + REFERENCE_PATH, 3)), reference: true });
      if (coop) {
        log(`Lighthouse ${FLOOR_PATH} over HTTPS: the one-file page with Cross-Origin-Opener-Policy: ${coop} (3 runs)…`);
        results.lighthouse.push({ ...(await runLighthouse(referenceFront.baseUrl + FLOOR_PATH, 3)), floor: coop });
      }
      for (const sample of samples) {
        log(`Lighthouse ${sample.path} over HTTPS (3 runs)…`);
        results.lighthouse.push(await runLighthouse(site.baseUrl + sample.path, 3));
      }
    } finally {
      await Promise.all(fronts.map((front) => front.stop()));
    }
    save();
    // A figure, not a budget: plain HTTP/1.1 straight to the servers, where Lighthouse's model
    // gives each file after the page its own round trip on the one warm connection.
    log(`Lighthouse ${REFERENCE_PATH} and ${loadPages[0].path} over plain HTTP/1.1 (3 runs each)…`);
    results.lighthouseHttp1.push({ ...(await runLighthouse(reference.baseUrl + REFERENCE_PATH, 3)), reference: true });
    results.lighthouseHttp1.push(await runLighthouse(server.baseUrl + loadPages[0].path, 3));
    save();
  }

  if (!flags.has("--no-throughput")) {
    for (const page of loadPages) {
      for (const gzip of [true, false]) {
        log(`throughput ${page.path}, ${gzip ? "gzip" : "uncompressed"} (next start, then static reference)…`);
        const next = await measureThroughput(server.baseUrl + page.path, { gzip });
        const staticRef = await measureThroughput(reference.baseUrl + page.path, { gzip });
        results.throughput.push({
          path: page.path,
          encoding: next.encoding,
          next,
          static: staticRef,
          ratio: Math.round((next.requestsPerSecond / staticRef.requestsPerSecond) * 100) / 100,
        });
      }
    }
    save();
  }
} finally {
  server.stop();
  await reference.stop();
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
