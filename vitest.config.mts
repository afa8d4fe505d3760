import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The one test file that reads the real content in content/: a content error fails there, and only there. */
const LIVE_CONTENT_TEST = "tests/unit/content.test.ts";

export default defineConfig({
  resolve: {
    alias: {
      "@": r("./"),
    },
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "content", include: [LIVE_CONTENT_TEST] } },
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          exclude: [LIVE_CONTENT_TEST],
          // Every other test runs on a small site of its own (lib/registry.ts `CONTENT_ROOT`).
          env: { CONTENT_DIR: "tests/fixtures/site" },
        },
      },
    ],
  },
});
