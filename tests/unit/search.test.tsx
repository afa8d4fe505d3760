import type { Locale } from "@/lib/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SearchResultItem } from "@/components/search/search-box";
import { fold, search, toSnippet, toTerms, type SearchDoc } from "@/lib/search";
import { getSearchIndex } from "@/lib/search-index";

/** Where the first results point, e.g. `/vi/faq#…`. */
async function find(locale: Locale, query: string) {
  return search(await getSearchIndex(locale), query);
}

describe("folding text for search", () => {
  it("drops the accents and tone marks of Latin letters, Vietnamese included", () => {
    expect(fold("Thành phố Sacramento")).toBe("thanh pho sacramento");
    expect(fold("Điều tra")).toBe("dieu tra");
    expect(fold("Queja")).toBe("queja");
  });

  it("keeps the vowel signs of Punjabi and Hindi, which change the word", () => {
    expect(fold("ਸ਼ਿਕਾਇਤ")).toContain("ਿ");
    expect(fold("शिकायत")).toContain("ि");
  });

  it("reads Persian with or without the zero-width non-joiner, and Arabic letter forms as Persian", () => {
    expect(fold("می‌توانید")).toBe(fold("میتوانید"));
    expect(fold("كي")).toBe(fold("کی"));
  });

  it("ignores single letters, digits and markup, but keeps one Chinese character", () => {
    expect(toTerms("<script>alert(1)</script>")).toEqual(["script", "alert"]);
    expect(toTerms("a 1 警")).toEqual(["警"]);
  });
});

describe("the search index of a language", () => {
  // On the small site in tests/fixtures/site (vitest.config.mts): English and Spanish.
  for (const [locale, query, where] of [
    ["en", "complaint", /^\/(?!(es|zh-hans|zh-hant|pa|hmn|ru|tl|vi|hi|fa)([/#]|$))/],
    ["es", "queja", /^\/es([/#]|$)/],
  ] as const) {
    it(`finds "${query}" in ${locale}, linking to the exact place`, async () => {
      const results = await find(locale, query);
      expect(results.length).toBeGreaterThan(2);
      for (const result of results) expect(result.url).toMatch(where);
      expect(results.some((result) => result.url.includes("#"))).toBe(true);
      expect(results[0]?.snippet.some((part) => part.hit)).toBe(true);
    });
  }

  it("holds every page, heading, question and step, the card, the record, and every directory group and entry", async () => {
    const urls = (await getSearchIndex("es")).map((doc) => doc.url);
    for (const url of [
      "/es",
      "/es/faq",
      "/es/faq#how-to-complain",
      "/es/how-to#write-it-down",
      "/es/privacy#what-we-collect",
      "/es/card",
      "/es/record",
      "/es/resources/free-legal-help",
      "/es/resources/free-legal-help#help-line",
    ]) {
      expect(urls).toContain(url);
    }
  });

  it("finds a directory entry by its phone number and an FAQ answer by its words", async () => {
    expect((await find("en", "555-0123")).map((r) => r.url)).toContain("/resources/report-police-conduct#oversight-office");
    const top = (await find("en", "database immigration status")).slice(0, 3).map((r) => r.url);
    expect(top).toContain("/faq#status-database");
  });

  it("finds nothing for junk, and nothing for an empty query", async () => {
    expect(await find("en", "<blink>qqzx(1)</blink>")).toEqual([]);
    expect(await find("en", "   ")).toEqual([]);
    expect(await find("en", "zzqqxx")).toEqual([]);
  });
});

describe("search in every script", () => {
  // Sentences from the guide: three places that use the language's word for "complaint", and one that does not.
  const place = (locale: string, id: string, title: string, text: string): SearchDoc => ({
    url: `/${locale}/faq#${id}`,
    title,
    section: "FAQ",
    text,
  });
  const guides: Record<string, { query: string; docs: SearchDoc[] }> = {
    "zh-hans": {
      query: "投诉",
      docs: [
        place(
          "zh-hans",
          "sheriff-complaint",
          "我该如何投诉县警长（County Sheriff）或监狱工作人员？",
          "任何人都可以在那里投诉县警长办公室的任何员工，包括监狱工作人员。",
        ),
        place("zh-hans", "who-enforces", "谁负责调查投诉", "有些指南说，由Code Enforcement（法规执法部门）和警察局处理投诉。"),
        place("zh-hans", "anonymous-complaint", "我可以不提供姓名进行投诉吗？", "您可以不提供姓名投诉县警长办公室的工作人员。"),
        place(
          "zh-hans",
          "will-police-ask-status",
          "萨克拉门托警察会问我的移民身份吗？",
          "地方警察不得为了执行移民法而询问您的移民身份。",
        ),
      ],
    },
    "zh-hant": {
      query: "投訴",
      docs: [
        place(
          "zh-hant",
          "sheriff-complaint",
          "我該如何投訴縣警長（County Sheriff）或監獄工作人員？",
          "任何人都可以在那裏投訴縣警長辦公室的任何員工。",
        ),
        place("zh-hant", "who-enforces", "誰負責調查投訴", "有些指南說，由Code Enforcement（法規執法部門）和警察局處理投訴。"),
        place("zh-hant", "anonymous-complaint", "我可以不提供姓名進行投訴嗎？", "您可以不提供姓名，投訴縣警長辦公室的人員。"),
        place("zh-hant", "deadline", "有期限嗎？", "請儘早行動。"),
      ],
    },
    pa: {
      query: "ਸ਼ਿਕਾਇਤ",
      docs: [
        place("pa", "how-to-complain", "ਮੈਂ ਸ਼ਿਕਾਇਤ ਕਿਵੇਂ ਦਰਜ ਕਰਾਂ?", "ਸੈਕਰਾਮੈਂਟੋ ਪੁਲਿਸ ਦੇ ਕਿਸੇ ਅਫ਼ਸਰ ਬਾਰੇ ਸ਼ਿਕਾਇਤ ਲਈ, ਆਨਲਾਈਨ ਜਾਂ ਖ਼ੁਦ ਜਾ ਕੇ।"),
        place(
          "pa",
          "sheriff-complaint",
          "ਮੈਂ County Sheriff ਜਾਂ ਜੇਲ੍ਹ ਦੇ ਸਟਾਫ਼ ਬਾਰੇ ਸ਼ਿਕਾਇਤ ਕਿਵੇਂ ਕਰਾਂ?",
          "ਸ਼ੈਰਿਫ਼ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਨਿਗਰਾਨੀ ਕਰਦਾ ਹੈ।",
        ),
        place("pa", "report-it", "ਸਹੀ ਦਫ਼ਤਰ ਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰੋ", "ਆਪਣੇ ਮਾਮਲੇ ਲਈ ਢੁਕਵਾਂ ਦਫ਼ਤਰ ਚੁਣੋ।"),
        place("pa", "get-legal-help", "ਕਾਨੂੰਨੀ ਮਦਦ", "ਮੁਫ਼ਤ ਕਾਨੂੰਨੀ ਮਦਦ ਲਓ।"),
      ],
    },
    hmn: {
      query: "tsis txaus siab",
      docs: [
        place(
          "hmn",
          "sheriff-complaint",
          "Kuv yuav tsis txaus siab li cas txog County Sheriff?",
          "Txhua tus neeg tsis txaus siab tau.",
        ),
        place(
          "hmn",
          "who-enforces",
          "Leej twg saib xyuas cov ntawv tsis txaus siab",
          "Lub Chaw Haujlwm Tub Ceev Xwm daws cov ntawv tsis txaus siab.",
        ),
        place(
          "hmn",
          "how-to-complain",
          "Kuv yuav xa ntawv tsis txaus siab li cas?",
          "Xa ib daim ntawv tsis txaus siab (complaint) rau OPSA.",
        ),
        place("hmn", "get-legal-help", "Kev pab txog kev cai lij choj", "Nrhiav kev pab dawb."),
      ],
    },
    ru: {
      query: "жалоб",
      docs: [
        place(
          "ru",
          "who-enforces",
          "Кто рассматривает жалобы",
          "В некоторых руководствах сказано, что жалобами занимается полиция.",
        ),
        place("ru", "how-to-complain", "Как подать жалобу?", "Подайте жалобу в OPSA онлайн или лично."),
        place("ru", "is-there-a-deadline", "Есть ли срок для подачи жалобы?", "На нынешней странице OPSA срок не указан."),
        place("ru", "get-legal-help", "Юридическая помощь", "Бесплатная помощь юриста."),
      ],
    },
    tl: {
      query: "reklamo",
      docs: [
        place(
          "tl",
          "sheriff-complaint",
          "Paano ako magrereklamo tungkol sa Sheriff?",
          "Isang opisina ng County na nagbabantay sa mga reklamo tungkol sa Sheriff.",
        ),
        place(
          "tl",
          "who-enforces",
          "Sino ang tumitingin sa mga reklamo",
          "Ang Departamento ng Pulisya ang humahawak ng mga reklamo.",
        ),
        place("tl", "how-to-complain", "Paano ako magsasampa ng reklamo?", "Magsampa ng reklamo sa OPSA."),
        place("tl", "get-legal-help", "Libreng tulong legal", "Humingi ng tulong."),
      ],
    },
    vi: {
      query: "khiếu nại",
      docs: [
        place("vi", "sheriff-complaint", "Làm sao để khiếu nại về Sheriff của Quận?", "Nơi giám sát các khiếu nại về Sheriff."),
        place("vi", "who-enforces", "Ai xem xét các khiếu nại", "Sở Cảnh sát xử lý các khiếu nại."),
        place(
          "vi",
          "how-to-complain",
          "Làm sao để khiếu nại?",
          "Hãy nộp đơn khiếu nại với OPSA, văn phòng độc lập của Thành phố.",
        ),
        place("vi", "get-legal-help", "Trợ giúp pháp lý", "Tìm luật sư miễn phí."),
      ],
    },
    hi: {
      query: "शिकायत",
      docs: [
        place("hi", "sheriff-complaint", "काउंटी के Sheriff की शिकायत कैसे करें?", "जो Sheriff की शिकायतों पर नज़र रखता है।"),
        place("hi", "report-it", "सही दफ़्तर में शिकायत करें", "जो दफ़्तर आपके मामले के लिए सही हो, उसे चुनें।"),
        place("hi", "who-enforces", "शिकायतों की जाँच कौन करता है", "पुलिस विभाग शिकायतें देखते हैं।"),
        place("hi", "get-legal-help", "कानूनी मदद", "मुफ़्त कानूनी मदद लें।"),
      ],
    },
    fa: {
      query: "شکایت",
      docs: [
        place(
          "fa",
          "sheriff-complaint",
          "چطور از Sheriff یا کارکنان زندان شکایت کنم؟",
          "هر کسی می‌تواند در آنجا از هر یک از کارکنان دفتر Sheriff شکایت کند.",
        ),
        place("fa", "who-enforces", "چه کسی به شکایت‌ها رسیدگی می‌کند", "ادارهٔ پلیس به شکایت‌ها رسیدگی می‌کند."),
        place("fa", "anonymous-complaint", "آیا می‌توانم بدون گفتن نامم شکایت کنم؟", "می‌توانید بدون گفتن نام خود شکایت کنید."),
        place("fa", "get-legal-help", "کمک حقوقی", "کمک رایگان بگیرید."),
      ],
    },
  };

  for (const [locale, { query, docs }] of Object.entries(guides)) {
    it(`finds "${query}" in ${locale}, linking to the exact place`, () => {
      const results = search(docs, query);
      expect(results.map((result) => result.url).sort()).toEqual(
        docs
          .slice(0, 3)
          .map((doc) => doc.url)
          .sort(),
      );
      expect(results[0]?.snippet.some((part) => part.hit)).toBe(true);
    });
  }

  it("finds Vietnamese typed without its accents", () => {
    const withMarks = search(guides.vi!.docs, "khiếu nại");
    expect(withMarks).toHaveLength(3);
    expect(search(guides.vi!.docs, "khieu nai")).toEqual(withMarks);
  });

  it("finds Chinese words written without spaces, in either order", () => {
    const docs = guides["zh-hans"]!.docs;
    expect(search(docs, "警察投诉").map((result) => result.url)).toContain("/zh-hans/faq#who-enforces");
    expect(search(docs, "投诉警察").map((result) => result.url)).toContain("/zh-hans/faq#who-enforces");
  });

  it("finds Persian words typed without the zero-width non-joiner", () => {
    const docs = guides.fa!.docs;
    expect(search(docs, "میتوانید").map((result) => result.url)).toEqual(["/fa/faq#anonymous-complaint"]);
    expect(search(docs, "می‌توانید")).toEqual(search(docs, "میتوانید"));
  });
});

describe("snippets", () => {
  it("marks every hit inside a short extract around the first one", () => {
    const text = `${"word ".repeat(60)}the police officer spoke to the police chief ${"end ".repeat(60)}`;
    const parts = toSnippet(text, ["police"]);
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(["police", "police"]);
    expect(parts[0]?.text).toBe("… ");
    expect(parts.at(-1)?.text).toBe(" …");
    expect(parts.map((part) => part.text).join("").length).toBeLessThan(200);
  });

  it("maps hits back to the original text, accents and all", () => {
    const parts = toSnippet("Gọi cho Thành phố", ["thanh", "pho"]);
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(["Thành", "phố"]);
  });
});

describe("English text in a translated page (<InEnglish>)", () => {
  const docs: SearchDoc[] = [
    { url: "/es/faq#nueva", title: "Una pregunta nueva", section: "Preguntas", text: "La respuesta sobre la queja." },
    { url: "/es/faq#new", title: "A new question", section: "Preguntas", text: "The answer about the queja.", inEnglish: true },
  ];

  it("is found like the rest, and its results say they are in English", () => {
    const found = search(docs, "queja").map(({ url, inEnglish }) => ({ url, inEnglish }));
    expect(found).toHaveLength(2);
    expect(found).toContainEqual({ url: "/es/faq#nueva", inEnglish: undefined });
    expect(found).toContainEqual({ url: "/es/faq#new", inEnglish: true });
  });

  it("is marked as English, left to right, in the results the server sends", () => {
    const html = (url: string) =>
      renderToStaticMarkup(<SearchResultItem result={search(docs, "queja").find((result) => result.url === url)!} />);
    expect(html("/es/faq#nueva")).not.toContain("lang=");
    const english = html("/es/faq#new");
    expect(english).toContain('<a href="/es/faq#new" lang="en" dir="ltr">A new question</a>');
    expect(english).toMatch(/<p lang="en" dir="ltr">The answer about the <mark>queja<\/mark>/);
  });
});
