import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkSources } from "./check";
import { loadCitations } from "./cited-by";
import { DEFAULT_FETCH_OPTIONS } from "./fetch-source";
import { exitCodeFor, formatReport, jsonReport, nothingAnswered } from "./report";
import { InputError, loadSourceList } from "./sources";
import { StateFileError, readState, recordChecks, writeState } from "./state";

const USAGE = `Checks that the official pages the guide cites still answer, and whether their text changed.

Usage: npm run check-sources -- [options]

  --sources FILE     check this JSON array of { "key": "…", "url": "…" } instead of
                     the registry (content/resources.json); http and https URLs
  --state FILE       the last reviewed state to compare with (default content/source-checks.json)
  --timeout SECONDS  give up on a request after this long (default 15)
  --json FILE        also write the results as JSON to FILE
  --update           record this run as reviewed in the state file; only after a person
                     has read the report (never in CI)
  --content DIR      the content folder: registry, locales and pages (default content)
  --help             show this help

Exit status: 0 nothing cited is broken or moved; 1 something is; 2 the check could not run
(a bad argument or input file, or no source answered at all: this machine is offline).
Set SITE_URL to the guide's public address: it is sent in the User-Agent header.`;

/** Requests that run at once, to different hosts (one host never gets two at a time). */
const CONCURRENCY = 4;

/** Runs the command with `argv` (without node and script) and returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = readOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  let list;
  let stateRead;
  try {
    list = loadSourceList(options.sourcesFile);
    stateRead = readState(options.stateFile);
  } catch (error) {
    if (error instanceof InputError || error instanceof StateFileError) {
      console.error(`check-sources could not run: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const checkedAt = new Date();
  const today = checkedAt.toISOString().slice(0, 10);
  const checks = await checkSources(list.sources, stateRead.state, {
    ...DEFAULT_FETCH_OPTIONS,
    timeoutMs: options.timeoutMs,
    userAgent: userAgent(),
    concurrency: CONCURRENCY,
  });
  const context = {
    checkedAt,
    today,
    timeoutMs: options.timeoutMs,
    citations: loadCitations(options.contentDir),
    stateFile: options.stateFile,
    stateExisted: stateRead.existed,
    withoutUrl: list.withoutUrl,
  };
  console.log(formatReport(checks, context));

  try {
    if (options.jsonFile) fs.writeFileSync(options.jsonFile, `${JSON.stringify(jsonReport(checks, context), null, 2)}\n`);
    if (options.update && nothingAnswered(checks)) {
      console.log(`\nNot recorded: no source answered, so ${options.stateFile} is left as it was.`);
    } else if (options.update) {
      writeState(options.stateFile, recordChecks(stateRead.state, checks, today));
      console.log(`\nRecorded as reviewed on ${today} in ${options.stateFile}.`);
    }
  } catch (error) {
    console.error(`check-sources could not write its output: ${(error as Error).message}`);
    return 2;
  }
  return exitCodeFor(checks);
}

/** Parses the command line; throws an Error with a sentence for people when it is wrong. */
function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      sources: { type: "string" },
      state: { type: "string" },
      timeout: { type: "string" },
      json: { type: "string" },
      update: { type: "boolean", default: false },
      content: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const timeout = values.timeout === undefined ? DEFAULT_FETCH_OPTIONS.timeoutMs / 1000 : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) {
    throw new Error(`--timeout must be a number of seconds between 0 and 600, not "${values.timeout}"`);
  }
  const contentDir = values.content ?? "content";
  return {
    help: values.help === true,
    contentDir,
    sourcesFile: values.sources ?? path.join(contentDir, "resources.json"),
    stateFile: values.state ?? path.join(contentDir, "source-checks.json"),
    timeoutMs: Math.round(timeout * 1000),
    jsonFile: values.json,
    update: values.update === true,
  };
}

/** An honest User-Agent: what is asking and where the guide is published (SITE_URL). */
function userAgent(): string {
  const site = process.env.SITE_URL?.trim() || "public address not set";
  return `sacramento-immigrant-protections-source-check/1.0 (+${site}; the Sacramento Immigrant Protections guide checks the official pages it cites)`;
}

main(process.argv.slice(2)).then(
  (code) => exit(code),
  (error: unknown) => {
    console.error(`check-sources could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    exit(2);
  },
);

/** Exits once the output is written (open keep-alive connections would otherwise hold the process for seconds). */
function exit(code: number): void {
  process.stdout.write("", () => process.exit(code));
}
