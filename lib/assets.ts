import { ASSET_PREFIX, buildAssets, type BuiltAsset } from "./build-assets.mjs";

/**
 * The site's own stylesheet and scripts. next.config.mjs builds them once when
 * the build starts and hands their content-hashed names to the code as
 * `SITE_ASSETS`, so every page (and search results, rendered on request)
 * links the same files without building anything at request time. The files
 * themselves are served by app/assets/[file]/route.ts, prerendered.
 */

/** A browser file: the stylesheet, the script of every page, or one page's own script. */
export type AssetEntry = "site" | "main" | "search" | "record";

const names = JSON.parse(process.env.SITE_ASSETS ?? "{}") as Partial<Record<AssetEntry, string>>;

/** The URL of an entry's file, e.g. `/assets/site.3f2a9c0d1e4b.css`. */
export function assetUrl(entry: AssetEntry): string {
  const name = names[entry];
  if (!name) throw new Error(`No browser file "${entry}": next.config.mjs did not build it`);
  return `${ASSET_PREFIX}${name}`;
}

/** Every file's served name. */
export function listAssetNames(): string[] {
  return Object.values(names).filter((name): name is string => typeof name === "string");
}

let built: Promise<Record<string, BuiltAsset>> | undefined;

/**
 * One file by its served name, or null. Built again on every call in
 * development (so an edited module or stylesheet shows on reload); once per build otherwise.
 */
export async function getAssetFile(name: string): Promise<BuiltAsset | null> {
  const development = process.env.NODE_ENV === "development";
  const files = development ? await buildAssets({ hashed: false }) : await (built ??= buildAssets());
  return Object.values(files).find((file) => file.name === name) ?? null;
}
