import { ImageResponse } from "next/og";
import { readPreviewFont } from "./content";
import { site } from "./site";

/**
 * The link-preview image (OpenGraph and Twitter) of a page, rendered at build
 * time. It uses only the fonts shipped in node_modules: nothing is fetched.
 *
 * The renderer cannot shape Gurmukhi, Devanagari or Arabic script (letters
 * would come out unjoined), and a Chinese font would add megabytes to every
 * build, so a title in those scripts is left out of the image rather than shown
 * wrong: the image then carries the site's mark and the page's address, and the
 * messaging app shows the title and description beside it in the reader's language.
 */

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The image's text alternative (one per image route, so it cannot follow the page's language). */
export const PREVIEW_ALT = "Sacramento Immigrant Protections: the site's shield mark, the page title and its web address";

/** Scripts the bundled Noto Sans sets correctly: Latin (with Vietnamese) and Cyrillic. */
const SETTABLE = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u;

/** Whether `text` can be drawn in the image with the bundled fonts. */
export function canSetInImage(text: string): boolean {
  return SETTABLE.test(text);
}

const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "vietnamese"] as const;

/** One font name per subset file: the renderer keeps one file per name, and falls back along `fontFamily`. */
const FONT_FAMILY = SUBSETS.map((subset) => `Noto Sans ${subset}`).join(", ");

let fonts: { name: string; data: Buffer; weight: 700; style: "normal" }[] | undefined;

/** Noto Sans Bold, one file per Unicode subset. */
function loadFonts() {
  fonts ??= SUBSETS.map((subset) => ({
    name: `Noto Sans ${subset}`,
    data: readPreviewFont(subset),
    weight: 700 as const,
    style: "normal" as const,
  }));
  return fonts;
}

/** The same shield mark as the site icon (app/icon.svg). */
function Mark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64">
      <path
        d="M32 12 14 19v12c0 11 7.7 19.6 18 22 10.3-2.4 18-11 18-22V19z"
        fill="none"
        stroke="#fff"
        strokeWidth="4"
        strokeLinejoin="round"
      />
      <path d="m24 32 6 6 11-12" fill="none" stroke="#ffbf47" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export interface PreviewImageInput {
  /** The site's name in English (the image's fixed part). */
  siteName: string;
  /** The page title, in the page's language. */
  title: string;
  /** The page's path, e.g. `/es/faq`. */
  pagePath: string;
}

/** A 1200 x 630 PNG: the site's mark and name, the page title when it can be set, and the page's address. */
export function renderPreviewImage({ siteName, title, pagePath }: PreviewImageInput): ImageResponse {
  const host = new URL(site.origin).host;
  const showTitle = canSetInImage(title);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: site.themeColor,
        color: "#ffffff",
        fontFamily: FONT_FAMILY,
      }}
    >
      {/* Without a title, the mark and name sit in the middle. */}
      {showTitle ? null : <div style={{ display: "flex" }} />}
      <div style={{ display: "flex", alignItems: "center", gap: 28 }}>
        <Mark size={showTitle ? 112 : 160} />
        <div style={{ fontSize: showTitle ? 44 : 60, maxWidth: 880 }}>{siteName}</div>
      </div>
      {showTitle ? <div style={{ display: "flex", fontSize: title.length > 40 ? 64 : 80, lineHeight: 1.15 }}>{title}</div> : null}
      <div style={{ display: "flex", fontSize: 34, color: "#ffbf47" }}>{`${host}${pagePath === "/" ? "" : pagePath}`}</div>
    </div>,
    { ...PREVIEW_SIZE, fonts: loadFonts() },
  );
}
