import { describe, expect, it, vi } from "vitest";
import { listSlugs } from "@/lib/content";
import { listRoutes } from "@/lib/routes";

// The English pages the site's code links to by name must exist. The listing of English pages is
// replaced here (not the module reloaded), so each test can leave one page out.

vi.mock("@/lib/content", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/content")>();
  return { ...original, listSlugs: vi.fn(original.listSlugs) };
});

const ENGLISH_PAGES = ["", "accessibility", "faq", "how-to", "privacy", "resources"];

/** listRoutes() when English has every named page but `slug`. */
function routesWithout(slug: string): () => unknown {
  return () => {
    vi.mocked(listSlugs).mockReturnValueOnce(ENGLISH_PAGES.filter((page) => page !== slug));
    return listRoutes();
  };
}

describe("a site without a page the code links to by name", () => {
  it("fails naming the missing file, whichever named page it is", () => {
    for (const slug of ["faq", "how-to", "resources", "privacy", "accessibility"]) {
      expect(routesWithout(slug)).toThrow(
        new Error(`content/en/${slug}.mdx is missing: the site links to it by name (lib/routes.ts)`),
      );
    }
  });

  it("names index.mdx when the home page is missing", () => {
    expect(routesWithout("")).toThrow(new Error("content/en/index.mdx is missing: the site links to it by name (lib/routes.ts)"));
  });

  it("lists the routes when every named page is there", () => {
    vi.mocked(listSlugs).mockReturnValueOnce(ENGLISH_PAGES);
    expect(listRoutes().filter((route) => route.kind === "content")).toHaveLength(ENGLISH_PAGES.length);
  });
});
