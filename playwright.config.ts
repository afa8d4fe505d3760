import { defineConfig, devices } from "@playwright/test";
import chromium from "./scripts/chromium.json";

/** The production server the tests start: port 3100, or `E2E_PORT` when that one is taken. */
const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * Browser tests run against the production build (`next build` first, then
 * `next start`) in Debian's Chromium: no browser is downloaded.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    ...devices["Pixel 5"],
    viewport: { width: 360, height: 740 },
    // Debian's Chromium with flags that work on a closed network (shared with the benchmark).
    launchOptions: chromium,
  },
  webServer: {
    // Started the way `npm start` starts it (listening on every interface), so tests meet what deployments meet.
    command: `node_modules/.bin/next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // A server whose environment names another address than the build's: every page, the
    // search results rendered on request too, must keep the build's (SITE_URL, lib/site.ts).
    env: { NEXT_TELEMETRY_DISABLED: "1", SITE_URL: "https://not-the-build-address.example" },
  },
});
