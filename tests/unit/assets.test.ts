import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BuiltAsset } from "@/lib/build-assets.mjs";

// lib/assets.ts reads SITE_ASSETS when it loads, so each test loads it afresh. The build
// itself (esbuild, Tailwind) is replaced: these tests are about which files are asked for.

const buildAssets = vi.fn<(options?: { root?: string; hashed?: boolean }) => Promise<Record<string, BuiltAsset>>>();

vi.mock("@/lib/build-assets.mjs", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/build-assets.mjs")>()),
  buildAssets: (options?: { root?: string; hashed?: boolean }) => buildAssets(options),
}));

const css: BuiltAsset = { name: "site.3f2a9c0d1e4b.css", type: "text/css; charset=utf-8", contents: "body{}" };
const main: BuiltAsset = { name: "main.0a1b2c3d4e5f.js", type: "text/javascript; charset=utf-8", contents: "1" };

async function loadAssets(siteAssets: string | undefined) {
  vi.resetModules();
  vi.stubEnv("SITE_ASSETS", siteAssets);
  return import("@/lib/assets");
}

beforeEach(() => {
  buildAssets.mockReset();
  buildAssets.mockImplementation(async () => ({ css, main }));
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("asset URLs", () => {
  it("are the built file's name under /assets/", async () => {
    const { assetUrl } = await loadAssets(JSON.stringify({ site: css.name, main: main.name }));
    expect(assetUrl("site")).toBe("/assets/site.3f2a9c0d1e4b.css");
    expect(assetUrl("main")).toBe("/assets/main.0a1b2c3d4e5f.js");
  });

  it("fail with the entry's name when the build did not make its file", async () => {
    const { assetUrl } = await loadAssets(JSON.stringify({ site: css.name, search: "" }));
    expect(() => assetUrl("record")).toThrow(new Error('No browser file "record": next.config.mjs did not build it'));
    expect(() => assetUrl("search")).toThrow(new Error('No browser file "search": next.config.mjs did not build it'));
  });

  it("fail for every entry when SITE_ASSETS is not set", async () => {
    const { assetUrl, listAssetNames } = await loadAssets(undefined);
    expect(() => assetUrl("site")).toThrow(new Error('No browser file "site": next.config.mjs did not build it'));
    expect(listAssetNames()).toEqual([]);
  });
});

describe("the list of served files", () => {
  it("has every built file's name, and nothing that is not a name", async () => {
    const { listAssetNames } = await loadAssets(JSON.stringify({ site: css.name, main: main.name, search: null }));
    expect(listAssetNames()).toEqual([css.name, main.name]);
  });
});

describe("one served file", () => {
  it("is found by its served name, and null for a name no file has", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { getAssetFile } = await loadAssets("{}");
    await expect(getAssetFile(main.name)).resolves.toEqual(main);
    await expect(getAssetFile(css.name)).resolves.toEqual(css);
    await expect(getAssetFile("main.js")).resolves.toBeNull();
  });

  it("is built once, with hashed names, outside development", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { getAssetFile } = await loadAssets("{}");
    await getAssetFile(main.name);
    await getAssetFile(css.name);
    await getAssetFile("missing.js");
    expect(buildAssets).toHaveBeenCalledTimes(1);
    expect(buildAssets.mock.calls[0]?.[0]).toBeUndefined();
  });

  it("is built again on every request in development, with unhashed names", async () => {
    vi.stubEnv("NODE_ENV", "development");
    buildAssets.mockImplementation(async (options) =>
      options?.hashed === false ? { main: { ...main, name: "main.js" } } : { main },
    );
    const { getAssetFile } = await loadAssets("{}");
    await expect(getAssetFile("main.js")).resolves.toEqual({ ...main, name: "main.js" });
    await expect(getAssetFile(main.name)).resolves.toBeNull();
    expect(buildAssets).toHaveBeenCalledTimes(2);
    expect(buildAssets).toHaveBeenCalledWith({ hashed: false });
  });
});
