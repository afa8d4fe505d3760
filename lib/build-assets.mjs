// The site's own browser files, built at build time: one stylesheet (Tailwind,
// from app/globals.css and the components' own .css files it imports) and a few
// small scripts (the behaviour modules beside their components). Each file is
// named by a hash of its contents, so it can be cached for a year and a new
// build never meets an old copy.
//
// Plain JavaScript because next.config.mjs calls it too: it needs the names
// before the build compiles any route (see lib/assets.ts).
// It reads its sources itself, not through lib/content.ts: next.config.mjs runs it before the build compiles any module.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** Browser entries: `main` runs on every page, the others only on their own page. */
export const SCRIPT_ENTRIES = {
  main: "components/browser/main.ts",
  search: "components/search/search.entry.ts",
  record: "components/record/record.entry.ts",
};

/** Where the files are served: `/assets/<name>`. */
export const ASSET_PREFIX = "/assets/";

const nativeImport = (id) => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ id);

/**
 * Builds every file. Returns them by entry (`css`, `main`, `search`, `record`),
 * each with its served name and contents. `hashed: false` (development) names
 * them without a hash, so an edited module or stylesheet is picked up on reload.
 *
 * @param {{ root?: string, hashed?: boolean }} [options]
 * @returns {Promise<Record<string, { name: string, type: string, contents: string }>>}
 */
export async function buildAssets({ root = process.cwd(), hashed = true } = {}) {
  const [{ build }, { default: postcss }, { default: tailwind }] = await Promise.all([
    nativeImport("esbuild"),
    nativeImport("postcss"),
    nativeImport("@tailwindcss/postcss"),
  ]);
  const scripts = await build({
    absWorkingDir: root,
    entryPoints: SCRIPT_ENTRIES,
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2020"],
    legalComments: "none",
    write: false,
    outdir: "out",
    logLevel: "silent",
  });
  const cssFile = path.join(root, "app/globals.css");
  const css = await postcss([tailwind({ base: root, optimize: { minify: true } })]).process(await fs.readFile(cssFile, "utf8"), {
    from: cssFile,
  });

  const named = (entry, ext, type, contents) => {
    const hash = createHash("sha256").update(contents).digest("hex").slice(0, 12);
    return [entry, { name: hashed ? `${entry}.${hash}.${ext}` : `${entry}.${ext}`, type, contents }];
  };
  return Object.fromEntries([
    named("site", "css", "text/css; charset=utf-8", css.css),
    ...scripts.outputFiles.map((file) =>
      named(path.basename(file.path, ".js"), "js", "text/javascript; charset=utf-8", file.text),
    ),
  ]);
}
