import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n";
import { getFrameView } from "@/lib/page-view";
import { listRoutes } from "@/lib/routes";

describe("meta descriptions", () => {
  for (const { code } of LOCALES) {
    it(`are 50 to 160 characters on every page in ${code}, so search engines show them whole`, async () => {
      const wrong: string[] = [];
      for (const route of listRoutes()) {
        const frame = await getFrameView(code, route);
        const length = frame?.description.length ?? 0;
        if (length < 50 || length > 160) wrong.push(`${route.slug || "(home)"}: ${length} characters`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
