import { afterEach, describe, expect, it, vi } from "vitest";
import { getPage } from "@/lib/content";
import { canSetInImage, renderPreviewImage } from "@/lib/preview-image";

afterEach(() => vi.unstubAllGlobals());

describe("link-preview images", () => {
  it("sets titles in Latin (with Vietnamese) and Cyrillic, and leaves out scripts it cannot shape", () => {
    expect(canSetInImage("Cách ghi lại và báo cáo một vấn đề")).toBe(true);
    expect(canSetInImage("Наказания и контроль")).toBe(true);
    expect(canSetInImage("Kev tiv thaiv · FAQ (2026)")).toBe(true);
    expect(canSetInImage("ਅਕਸਰ ਪੁੱਛੇ ਜਾਂਦੇ ਸਵਾਲ")).toBe(false);
    expect(canSetInImage("पूछे जाने वाले सवाल")).toBe(false);
    expect(canSetInImage("پرسش‌های رایج")).toBe(false);
    expect(canSetInImage("常见问题")).toBe(false);
  });

  it("draws titles in every script it sets with the bundled fonts, fetching nothing", async () => {
    // The renderer loads its own WebAssembly from data: URLs; anything else would be a network fetch.
    const realFetch = globalThis.fetch;
    const network: string[] = [];
    vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith("data:")) return realFetch(input, init);
      network.push(url);
      return Promise.reject(new Error("no network"));
    });
    // A page of the small site in tests/fixtures/site, and titles in the other scripts it sets (content.test.ts draws the real ones).
    const page = await getPage("es", "how-to");
    const titles: [string, string][] = [
      [page!.path, page!.title],
      ["/vi/how-to", "Cách ghi lại và báo cáo một vấn đề"],
      ["/ru/penalties", "Наказания и контроль"],
      ["/hmn/faq", "Kev tiv thaiv · FAQ (2026)"],
    ];
    for (const [pagePath, title] of titles) {
      expect(canSetInImage(title), title).toBe(true);
      const image = renderPreviewImage({ siteName: "Sacramento Immigrant Protections", title, pagePath });
      const bytes = new Uint8Array(await image.arrayBuffer());
      expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join(""), title).toBe("PNG");
      expect(bytes.length, title).toBeLessThan(100_000);
    }
    expect(network).toEqual([]);
  }, 60_000);
});
