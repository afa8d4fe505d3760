import { describe, expect, it } from "vitest";
import { encode } from "uqr";
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

  it("draws exactly the dark modules of the encoded code, once each, as the longest runs of each row", () => {
    const text = "https://example.org/zh-hant/card";
    const { data, size } = encode(text, { ecc: "M", border: 0 });
    const { size: drawnSize, path } = toQrCode(text);
    expect(drawnSize).toBe(size);
    const expected = new Set<string>();
    data.forEach((row, y) => row.forEach((isDark, x) => isDark && expected.add(`${x},${y}`)));
    expect(darkModules(path)).toEqual(expected);
    const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)].map(([, x, y, run]) => [Number(x), Number(y), Number(run)]);
    expect(runs.map(([x, y, run]) => `M${x} ${y}h${run}v1h-${run}z`).join("")).toBe(path);
    expect(runs.reduce((total, [, , run]) => total + run!, 0)).toBe(expected.size);
    for (const [x, y, run] of runs) {
      // Each run starts after a light module (or the edge) and ends before one.
      expect(x === 0 || !data[y!]![x! - 1], `run at ${x},${y}`).toBe(true);
      expect(data[y!]![x! + run!] ?? false, `run at ${x},${y}`).toBe(false);
    }
  });

  it("uses error correction level M, which survives a worn card", () => {
    const text = "https://example.org/es/card";
    expect(toQrCode(text).size).toBe(encode(text, { ecc: "M", border: 0 }).size);
    expect(toQrCode(text).path).not.toBe(toQrCode(text.toUpperCase()).path);
  });
});
