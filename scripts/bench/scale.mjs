// How build cost grows with content: `next build` of today's content and of a
// generated set ten times larger, each in a temporary copy of the project
// (never written into the repository).
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// What `next build` reads: next.config.mjs fingerprints package-lock.json, and Tailwind
// (lib/build-assets.mjs) finds its sources by the rules in .gitignore.
const COPY = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  // next.config.mjs checks all content before the build with scripts/check-content.ts.
  "scripts",
  "proxy.ts",
  "next.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  ".gitignore",
];

/** A temporary copy of the project whose content is `factor` times larger. */
export function makeProjectCopy(factor, root = process.cwd()) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-x${factor}-`));
  for (const item of COPY) {
    if (fs.existsSync(path.join(root, item))) fs.cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
  }
  // Hard links: as fast as a symlink, but Turbopack only resolves packages inside the project folder.
  // Across file systems hard links fail, so fall back to a plain copy.
  try {
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")], { stdio: "ignore" });
  } catch {
    fs.rmSync(path.join(dir, "node_modules"), { recursive: true, force: true });
    execFileSync("cp", ["-a", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  }
  const locales = JSON.parse(fs.readFileSync(path.join(root, "content/locales.json"), "utf8"));
  let pages = 0;
  for (const { code } of locales) {
    const folder = path.join(dir, "content", code);
    const files = fs.readdirSync(folder).filter((file) => file.endsWith(".mdx"));
    pages += files.length * factor;
    for (const file of files.filter((name) => name !== "index.mdx")) {
      const source = fs.readFileSync(path.join(folder, file), "utf8");
      for (let copy = 2; copy <= factor; copy += 1) {
        const text = source.replace(/^order: (\d+)$/m, (_, order) => `order: ${Number(order) * 100 + copy}`);
        fs.writeFileSync(path.join(folder, file.replace(/\.mdx$/, `-${copy}.mdx`)), text);
      }
    }
  }
  return { dir, pages, locales: locales.length };
}

function groupRssKb(pgid) {
  try {
    const out = execFileSync("ps", ["-e", "-o", "pgid=,rss="], { encoding: "utf8" });
    return out
      .split("\n")
      .map((line) => line.trim().split(/\s+/).map(Number))
      .filter(([group]) => group === pgid)
      .reduce((sum, [, rss]) => sum + (rss || 0), 0);
  } catch {
    return 0;
  }
}

/** Runs a clean `next build` in `dir`: wall time and the peak memory of all its processes together. */
export function measureBuild(dir) {
  fs.rmSync(path.join(dir, ".next"), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(path.join(dir, "node_modules/.bin/next"), ["build"], {
      cwd: dir,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    let peakKb = 0;
    const timer = setInterval(() => (peakKb = Math.max(peakKb, groupRssKb(child.pid))), 200);
    child.on("exit", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`next build failed in ${dir}:\n${stderr.slice(-2000)}`));
      else resolve({ seconds: Math.round(seconds * 10) / 10, peakMemoryMb: Math.round(peakKb / 1024) });
    });
  });
}

/** Build cost at today's size and at ten times the content. */
export async function measureScale(root = process.cwd()) {
  const results = [];
  for (const factor of [1, 10]) {
    const copy = makeProjectCopy(factor, root);
    try {
      results.push({ factor, pages: copy.pages, locales: copy.locales, ...(await measureBuild(copy.dir)) });
    } finally {
      fs.rmSync(copy.dir, { recursive: true, force: true });
    }
  }
  return results;
}
