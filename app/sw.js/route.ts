import { startServiceWorker, type WorkerConfig } from "@/components/offline/service-worker";
import { ASSET_PREFIX } from "@/lib/build-assets.mjs";
import { listOfflinePaths, SITE_VERSION } from "@/lib/offline";

/** Written once at build time. */
export const dynamic = "force-static";

/** The service worker (components/offline/service-worker.ts), with this build's settings. */
export async function GET() {
  const config: WorkerConfig = {
    version: SITE_VERSION,
    assets: ASSET_PREFIX,
    languages: await listOfflinePaths(),
    patienceMs: 4000,
  };
  const script = `"use strict";\n(${startServiceWorker.toString()})(${JSON.stringify(config)});\n`;
  return new Response(script, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" },
  });
}
