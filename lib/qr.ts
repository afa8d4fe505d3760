import { encode } from "uqr";

/** A QR code as one SVG path: dark modules, drawn row by row, in a `size` x `size` grid. */
export interface QrCode {
  size: number;
  path: string;
}

/**
 * Encodes `text` (a URL) as a QR code at build time, for an inline SVG: no
 * image file, no script. Error correction "M" survives a worn or creased card.
 */
export function toQrCode(text: string): QrCode {
  const { data, size } = encode(text, { ecc: "M", border: 0 });
  let path = "";
  data.forEach((row, y) => {
    for (let x = 0; x < size; x += 1) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run += 1;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size, path };
}
