import type { QrCode as Qr } from "@/lib/qr";

/** A QR code drawn as inline SVG, with the four-module quiet zone scanners need. */
export function QrCode({ code, label, className }: { code: Qr; label: string; className?: string }) {
  const quiet = 4;
  const box = code.size + quiet * 2;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      className={className}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={code.path} fill="#000" />
    </svg>
  );
}
