import { describe, expect, it } from "vitest";
import { fingerprintBytes, fingerprintText } from "../../../scripts/check-sources/fingerprint";
import { htmlText } from "../../../scripts/check-sources/html-text";
import { contentStreamText } from "../../../scripts/check-sources/pdf-text";
import { readableText } from "../../../scripts/check-sources/readable-text";
import { looksLikeNotFound } from "../../../scripts/check-sources/soft-404";
import { makePdf } from "../../fixtures/check-sources/pdf";
import { fixturePage } from "../../fixtures/check-sources/server";

const html = (source: string) => readableText(Buffer.from(source), "text/html; charset=utf-8");
const fingerprintOf = (source: string) => fingerprintText(html(source).text);

describe("the fingerprint of a page's readable text", () => {
  const original = fingerprintOf(fixturePage("opsa.html"));

  it("ignores a redesign that changes only markup, scripts, styles, banner, menu, sidebar and footer", () => {
    expect(fingerprintOf(fixturePage("opsa-markup-only.html"))).toBe(original);
  });

  it("catches a changed phone number", () => {
    expect(fingerprintOf(fixturePage("opsa-new-phone.html"))).not.toBe(original);
  });

  it("catches a changed date", () => {
    expect(fingerprintOf(fixturePage("opsa-new-date.html"))).not.toBe(original);
  });

  it("ignores a new cache-busting script tag and whitespace", () => {
    const page = "<html><body><main><p>Call 3-1-1.</p></main></body></html>";
    const busted =
      '<html><body>\n<script src="/app.js?v=98765"></script><main>\n  <p>Call   3-1-1.</p>\n</main><script>var t=Date.now()</script></body></html>';
    expect(fingerprintOf(busted)).toBe(fingerprintOf(page));
  });

  it("ignores a changed site header and footer on a page without <main>", () => {
    const page = (banner: string, footer: string) =>
      `<body><header><p>${banner}</p></header><div><h1>Code Compliance</h1><p>Report a violation.</p></div><footer>${footer}</footer></body>`;
    expect(fingerprintOf(page("Closed Monday", "© 2026"))).toBe(fingerprintOf(page("Open Monday", "© 2027")));
    expect(fingerprintOf(page("A", "B"))).not.toBe(
      fingerprintOf(page("A", "B").replace("Report a violation", "Report a problem")),
    );
  });

  it("treats entities and the characters they stand for alike", () => {
    expect(fingerprintOf("<main><p>Fish &amp; Game&nbsp;&#8212; &#x41;</p></main>")).toBe(
      fingerprintOf("<main><p>Fish & Game — A</p></main>"),
    );
  });

  it("differs between texts and between byte strings, and is stable", () => {
    expect(fingerprintText("a b")).toBe(fingerprintText(" a\n\tb "));
    expect(fingerprintText("a b")).not.toBe(fingerprintText("a c"));
    expect(fingerprintBytes(Buffer.from([1, 2]))).not.toBe(fingerprintBytes(Buffer.from([1, 3])));
    expect(fingerprintText("x")).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe("the readable text of HTML", () => {
  it("keeps the main content, one line per block, and drops navigation, boilerplate and hidden parts", () => {
    const { text, title } = htmlText(fixturePage("opsa.html"));
    expect(title).toBe("File a Public Safety Complaint | City of Sacramento");
    expect(text.split("\n")).toEqual([
      "File a Public Safety Complaint",
      "The Office of Public Safety Accountability (OPSA) takes complaints about Sacramento police and fire personnel.",
      "Call (916) 808-7525 or visit Historic City Hall, 3rd\u00a0Floor, 915 I Street.".replace("\u00a0", " "),
      "Complaints received after November 28, 2026 are reviewed within 30 days.",
    ]);
  });

  it("drops elements with role navigation, banner and contentinfo when there is no <main>", () => {
    const { text } = htmlText(fixturePage("no-main.html"));
    expect(text).toBe("Language Access\nThe City provides free interpretation. Email languageaccess@cityofsacramento.org.");
  });

  it("prefers <article> when there is no <main>", () => {
    const { text } = htmlText("<body><div>Sidebar text</div><article><h1>Resolution</h1><p>Adopted.</p></article></body>");
    expect(text).toBe("Resolution\nAdopted.");
  });

  it("keeps a header that belongs to the main content", () => {
    const { text } = htmlText("<body><header>Site</header><main><header><h1>FAQ</h1></header><p>Answers.</p></main></body>");
    expect(text).toBe("FAQ\nAnswers.");
  });

  it("survives broken markup: an unclosed script, a stray <, an unclosed element", () => {
    expect(htmlText("<main><p>a < b and c</p><div>open</main>").text).toBe("a < b and c\nopen");
    expect(htmlText("<p>before</p><script>never closed").text).toBe("before");
  });
});

describe("readable text by type", () => {
  it("reads a PDF's text from a compressed content stream, with word gaps from TJ", () => {
    const result = readableText(
      makePdf(["Resolution No. 2017-0158", "Adopted on (April) 25, 2017 \\ again", "Sacramento reaffirms its policy."]),
      "application/pdf",
    );
    expect(result.kind).toBe("pdf");
    expect(result.text).toBe("Resolution No. 2017-0158\nAdopted on (April) 25, 2017 \\ again\nSacramento reaffirms its policy.");
  });

  it("reads an uncompressed PDF too, and one sent as application/octet-stream", () => {
    const result = readableText(
      makePdf(["Sacramento City Council agenda, item 29."], { compress: false }),
      "application/octet-stream",
    );
    expect(result.kind).toBe("pdf");
    expect(result.text).toContain("Sacramento City Council agenda, item 29.");
  });

  it("decodes octal escapes and UTF-16 strings in PDF text", () => {
    const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Año", "utf16le").swap16()]).toString("hex");
    expect(contentStreamText(`BT (Caf\\351) Tj T* <${utf16}> Tj ET`)).toBe("Café\nAño\n");
  });

  it("falls back to bytes when a PDF has no readable text (e.g. a scan)", () => {
    const scan = Buffer.from(
      "%PDF-1.4\n1 0 obj\n<< /Type /XObject /Subtype /Image /Length 3 >>\nstream\n\u0001\u0002\u0003\nendstream\nendobj\n%%EOF",
      "latin1",
    );
    expect(readableText(scan, "application/pdf")).toEqual({ kind: "bytes", text: "", title: null });
  });

  it("reads plain text as it is, lines trimmed", () => {
    expect(readableText(Buffer.from("Line one  \r\n\r\n  Line two"), "text/plain")).toEqual({
      kind: "text",
      text: "Line one\nLine two",
      title: null,
    });
  });

  it("decodes invalid UTF-8 with replacement characters, and honours another declared charset", () => {
    expect(readableText(Buffer.from([0x43, 0x61, 0x66, 0xe9]), "text/plain; charset=utf-8").text).toBe("Caf\ufffd");
    expect(readableText(Buffer.from([0x43, 0x61, 0x66, 0xe9]), "text/plain; charset=windows-1252").text).toBe("Café");
    const latin1Page = Buffer.from('<meta charset="iso-8859-1"><main>Caf\u00e9</main>', "latin1");
    expect(readableText(latin1Page, "text/html").text).toBe("Café");
  });

  it("has no text for a type it cannot read (it is fingerprinted as bytes)", () => {
    expect(readableText(Buffer.from([0x89, 0x50, 0x4e, 0x47]), "image/png").kind).toBe("bytes");
    expect(
      readableText(Buffer.from("PK\u0003\u0004"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document").kind,
    ).toBe("bytes");
  });

  it("uses the bytes of an HTML page that has no text of its own (drawn by JavaScript)", () => {
    expect(html('<html><body><div id="root"></div><script src="/app.js"></script></body></html>').kind).toBe("bytes");
  });
});

describe("soft 404 detection", () => {
  it("recognises a 'not found' title", () => {
    expect(looksLikeNotFound("Page Not Found | City of Sacramento", "Welcome")).toBe(true);
    expect(looksLikeNotFound("404", "")).toBe(true);
  });

  it("recognises 'not found' wording at the start of the text", () => {
    const { text, title } = htmlText(fixturePage("soft-404-body-only.html"));
    expect(title).toBe("City of Sacramento");
    expect(looksLikeNotFound(title, text)).toBe(true);
    expect(looksLikeNotFound(null, "Error 404. Try the search box.")).toBe(true);
    expect(looksLikeNotFound(null, "This form is no longer available.")).toBe(true);
  });

  it("does not flag real pages that mention 404 or 'not found' further down or in another sense", () => {
    expect(looksLikeNotFound("Immigration FAQ", "Section 404 of the Code applies to permits.")).toBe(false);
    expect(
      looksLikeNotFound(
        "Immigration FAQ",
        "Officers will not ask about status. ".repeat(20) + "If a document is not found, call 3-1-1.",
      ),
    ).toBe(false);
    expect(looksLikeNotFound(html(fixturePage("opsa.html")).title, html(fixturePage("opsa.html")).text)).toBe(false);
  });
});
