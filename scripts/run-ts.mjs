// Runs a TypeScript entry file without a build step:
//   node scripts/run-ts.mjs scripts/check-sources/cli.ts --timeout 5
// esbuild bundles the entry (our own modules only; packages stay external) into a temporary
// ES module under the OS temp folder, which is then imported with the remaining arguments.
import { build } from "esbuild";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.mjs <entry.ts> [arguments…]");
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "run-ts-"));
process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
// The bundle imports packages such as zod by name; this link lets Node find them from the temp folder.
fs.symlinkSync(fileURLToPath(new URL("../node_modules", import.meta.url)), path.join(dir, "node_modules"), "junction");

const outfile = path.join(dir, "entry.mjs");
try {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "error",
  });
} catch {
  process.exit(2); // esbuild has printed the errors; 2 means "could not run"
}
process.argv = [process.argv[0], path.resolve(entry), ...args];
await import(pathToFileURL(outfile).href);
