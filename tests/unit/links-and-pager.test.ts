import { describe, expect, it } from "vitest";
import { formatDate, localizeHref, toPath } from "@/lib/i18n";
import { getGroupView, getPageView } from "@/lib/page-view";

// On the small site in tests/fixtures/site (vitest.config.mts).

describe("links in a language", () => {
  it("keep English paths for English and prefix every other language, keeping the #section", () => {
    expect(localizeHref("en", "/how-to#report-it")).toBe("/how-to#report-it");
    expect(localizeHref("es", "/how-to#report-it")).toBe("/es/how-to#report-it");
    expect(localizeHref("zh-hant", "/")).toBe("/zh-hant");
    expect(localizeHref("fa", "/resources/the-law/")).toBe("/fa/resources/the-law");
    expect(toPath("es", "", "top")).toBe("/es#top");
  });

  it("write dates for the reader's language", () => {
    expect(formatDate("en", "2026-12-04")).toBe("December 4, 2026");
    expect(formatDate("es", "2026-12-04")).toBe("4 de diciembre de 2026");
  });
});

describe("previous and next", () => {
  it("follow the order of the navigation, not the other way round", async () => {
    const view = (await getPageView("es", "faq"))!;
    const order = view.pages.filter((page) => page.navigation === "main").map((page) => page.slug);
    const at = order.indexOf("faq");
    expect(view.previous?.slug).toBe(order[at - 1]);
    expect(view.next?.slug).toBe(order[at + 1]);
    expect(view.previous?.path).toBe(toPath("es", order[at - 1]!));
  });

  it("leave out footer pages, which have neither", async () => {
    const privacy = (await getPageView("en", "privacy"))!;
    expect(privacy.previous).toBeUndefined();
    expect(privacy.next).toBeUndefined();
  });

  it("run through the directory's groups in their order", async () => {
    const first = (await getGroupView("en", "emergencies"))!;
    expect(first.previous).toBeUndefined();
    const second = (await getGroupView("en", first.next!.key))!;
    expect(second.previous?.key).toBe("emergencies");
  });
});
