import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SourceCheck } from "@/components/ui/source-check";
import type { Translate } from "@/lib/ui";

/** Interface words with their keys visible, so the test does not depend on today's wording. */
const t: Translate = (key, values) => (values ? `${key} (${values.date})` : key);

describe("when a source was checked", () => {
  it("says a check of a saved copy was one, with its date", () => {
    const html = renderToStaticMarkup(
      <SourceCheck
        check={{ date: "2026-12-04", method: "stored-copy", verdict: null, lastWorkingUrl: null }}
        locale="en"
        t={t}
      />,
    );
    expect(html).toContain("check.storedCopy (December 4, 2026)");
  });

  it("says a live check plainly", () => {
    const html = renderToStaticMarkup(
      <SourceCheck
        check={{ date: "2026-12-04", method: "live", verdict: "unchanged", lastWorkingUrl: "https://a.example/" }}
        locale="es"
        t={t}
      />,
    );
    expect(html).toContain("check.live (4 de diciembre de 2026)");
  });

  it("says a page had moved or was broken, with its last working address", () => {
    for (const verdict of ["moved", "broken"] as const) {
      const html = renderToStaticMarkup(
        <SourceCheck
          check={{ date: "2026-12-10", method: "live", verdict, lastWorkingUrl: "https://old.example/page" }}
          locale="en"
          t={t}
        />,
      );
      expect(html).toContain(`check.${verdict} (December 10, 2026)`);
      expect(html).toContain('<a href="https://old.example/page"');
    }
  });

  it("shows nothing for a source never checked", () => {
    expect(renderToStaticMarkup(<SourceCheck check={null} locale="en" t={t} />)).toBe("");
  });
});
