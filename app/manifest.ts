import type { MetadataRoute } from "next";
import { getUiStrings } from "@/lib/content";
import { site } from "@/lib/site";

/** Lets a phone add the guide to its home screen, with the site's colours. */
export default function manifest(): MetadataRoute.Manifest {
  const ui = getUiStrings("en");
  return {
    name: ui["site.name"],
    short_name: "Sacramento protections",
    description: ui["site.tagline"],
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: site.themeColor,
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}
