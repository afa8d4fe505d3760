import { describe, expect, it } from "vitest";
import { repairedPath } from "@/lib/url-repair";

describe("a mangled link", () => {
  it("typed in capitals goes to the lowercase path", () => {
    expect(repairedPath("/FAQ")).toBe("/faq");
    expect(repairedPath("/ES/Faq")).toBe("/es/faq");
    expect(repairedPath("/Resources/Free-Legal-Help")).toBe("/resources/free-legal-help");
  });

  it("whose # was encoded goes to the page and its section", () => {
    expect(repairedPath("/es/faq%23is-there-a-deadline")).toBe("/es/faq#is-there-a-deadline");
    expect(repairedPath("/FAQ%23is-there-a-deadline")).toBe("/faq#is-there-a-deadline");
    expect(repairedPath("/faq%23")).toBe("/faq#");
    // What follows is kept encoded: a line break never reaches the Location header.
    expect(repairedPath("/faq%23a%0D%0ASet-Cookie:%20x=1")).toBe("/faq#a%0D%0ASet-Cookie:%20x=1");
  });

  it("sent at the end of a sentence goes to the page without the sentence's end", () => {
    expect(repairedPath("/faq.")).toBe("/faq");
    expect(repairedPath("/es/faq),")).toBe("/es/faq");
    expect(repairedPath("/faq%E2%80%9D")).toBe("/faq");
    expect(repairedPath("/FAQ.", "?a=1")).toBe("/faq?a=1");
    // A section's end is mended in the browser (components/browser/init.ts); the path is left as sent.
    expect(repairedPath("/faq%23is-there-a-deadline.")).toBe("/faq#is-there-a-deadline.");
    // Only what could be a path of the site replaces what was written: junk is left to the 404 page.
    expect(repairedPath("/<script>alert(1)</script>")).toBeNull();
    expect(repairedPath("/%3Cscript%3E.")).toBeNull();
    expect(repairedPath("/fa%0Aq.")).toBeNull();
    expect(repairedPath("/faq%0A.")).toBe("/faq");
  });

  it("keeps the query, before the section", () => {
    expect(repairedPath("/FAQ", "?utm_source=flyer")).toBe("/faq?utm_source=flyer");
    expect(repairedPath("/faq%23who-can-complain", "?a=1")).toBe("/faq?a=1#who-can-complain");
    expect(repairedPath("/faq", "?A=1")).toBeNull();
  });

  it("keeps other percent-escapes as they are, and leaves a sound path alone", () => {
    expect(repairedPath("/ES/%E0%A4%A4")).toBe("/es/%E0%A4%A4");
    expect(repairedPath("/es/%E0%A4%A4")).toBeNull();
    expect(repairedPath("/faq")).toBeNull();
    expect(repairedPath("/")).toBeNull();
    expect(repairedPath("/search")).toBeNull();
    expect(repairedPath("/_next/static/media/Font.woff2")).toBeNull();
  });
});
