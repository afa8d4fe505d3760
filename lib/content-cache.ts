import fs from "node:fs";
import path from "node:path";

/**
 * The caches of what is read from content/ (compiled pages, the registry,
 * interface strings, search indexes). In a build each file is read once. In
 * development (`npm run dev`) every cache is emptied as soon as a content file
 * changes, so an edited page shows on the next reload without a restart.
 */
const caches = new Set<Map<unknown, unknown>>();

/** A cache of content read from files: emptied when content changes in development. */
export function contentCache<K, V>(): Map<K, V> {
  const cache = new Map<K, V>();
  caches.add(cache as Map<unknown, unknown>);
  return cache;
}

let newestSeen = 0;

/** In development: empties every content cache if a file under `root` changed since the last call. */
export function forgetEditedContent(root: string = path.join(process.cwd(), "content")): void {
  if (process.env.NODE_ENV !== "development") return;
  const newest = newestChange(root);
  if (newest > newestSeen) {
    for (const cache of caches) cache.clear();
    newestSeen = newest;
  }
}

function newestChange(dir: string): number {
  let newest = fs.statSync(/* turbopackIgnore: true */ dir).mtimeMs;
  for (const entry of fs.readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(/* turbopackIgnore: true */ full).mtimeMs);
  }
  return newest;
}
