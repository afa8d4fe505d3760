import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOCALE,
  getLocaleInfo,
  listLocaleParams,
  LOCALES,
  localizeHref,
  toPath,
  translationState,
  type Locale,
} from "@/lib/i18n";

describe("the state of a translation", () => {
  it("is ahead when it claims to follow an English review that is later than the last one", () => {
    expect(translationState({ from: "2026-12-02", reviewed: true }, "2026-12-01")).toBe("ahead");
  });

  it("is stale when the English page was reviewed since, checked or not", () => {
    expect(translationState({ from: "2026-11-30", reviewed: true }, "2026-12-01")).toBe("stale");
    expect(translationState({ from: "2025-12-31", reviewed: false }, "2026-01-01")).toBe("stale");
  });

  it("is reviewed or unreviewed when it follows the last English review", () => {
    expect(translationState({ from: "2026-12-01", reviewed: true }, "2026-12-01")).toBe("reviewed");
    expect(translationState({ from: "2026-12-01", reviewed: false }, "2026-12-01")).toBe("unreviewed");
  });
});

describe("languages", () => {
  it("each have their own prefix, in the order of the list, English first", () => {
    expect(DEFAULT_LOCALE).toBe("en");
    expect(listLocaleParams()).toEqual(LOCALES.map(({ code }) => ({ locale: code })));
    expect(listLocaleParams()[0]).toEqual({ locale: "en" });
  });

  it("have their own settings, and an unknown code gets English's", () => {
    expect(getLocaleInfo("fa")).toMatchObject({ code: "fa", dir: "rtl" });
    expect(getLocaleInfo("zh-hant")).toMatchObject({ code: "zh-hant", tag: "zh-Hant", dir: "ltr" });
    expect(getLocaleInfo("xx" as Locale)).toBe(LOCALES[0]);
  });
});

describe("site paths", () => {
  it("of the English home page is /, with or without a section", () => {
    expect(toPath("en", "")).toBe("/");
    expect(toPath("en", "", "top")).toBe("/#top");
    expect(toPath("en", "faq")).toBe("/faq");
    expect(toPath("es", "")).toBe("/es");
    expect(toPath("es", "faq", "")).toBe("/es/faq");
  });

  it("of an English link in another language keep only the path's own slashes", () => {
    expect(localizeHref("es", "")).toBe("/es");
    expect(localizeHref("es", "#top")).toBe("/es#top");
    expect(localizeHref("es", "//faq//")).toBe("/es/faq");
    expect(localizeHref("en", "/resources/the-law#state-law")).toBe("/resources/the-law#state-law");
  });
});
