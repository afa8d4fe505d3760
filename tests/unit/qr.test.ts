import { describe, expect, it } from "vitest";
import { toQrCode } from "@/lib/qr";

/** The modules a path draws, as "x,y" keys. */
function darkModules(path: string): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(run); i += 1) dark.add(`${Number(x) + i},${y}`);
  }
  return dark;
}

describe("QR codes for the pocket card", () => {
  it("draws a square code whose three corners carry the finder patterns", () => {
    const { size, path } = toQrCode("https://example.org/zh-hant");
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0);
    const dark = darkModules(path);
    const corners: [number, number][] = [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ];
    for (const [cx, cy] of corners) {
      // The 7 x 7 finder: a dark ring, a light ring, a dark 3 x 3 centre.
      for (let i = 0; i < 7; i += 1) {
        expect(dark.has(`${cx + i},${cy}`)).toBe(true);
        expect(dark.has(`${cx + i},${cy + 6}`)).toBe(true);
      }
      expect(dark.has(`${cx + 1},${cy + 1}`)).toBe(false);
      expect(dark.has(`${cx + 3},${cy + 3}`)).toBe(true);
    }
  });

  it("encodes different addresses differently, and the same address the same way", () => {
    expect(toQrCode("https://example.org/es").path).toBe(toQrCode("https://example.org/es").path);
    expect(toQrCode("https://example.org/es").path).not.toBe(toQrCode("https://example.org/fa").path);
  });
});
