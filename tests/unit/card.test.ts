import { beforeEach, describe, expect, it, vi } from "vitest";
import { getCardView } from "@/lib/card";
import { listPages } from "@/lib/content";
import { toQrCode } from "@/lib/qr";
import type { LocalizedResource } from "@/lib/resource-view";
import { site } from "@/lib/site";

// The pocket card names its directory entries by key (lib/card.ts). The small site in tests/fixtures/site has
// none of them, so this file stands in entries under those keys, made from the fixture's own entry, with
// made-up numbers: each entry's wanted line comes second, after one the card must not pick.
const standIns = vi.hoisted(() => ({ phones: {} as Record<string, { id: string; display: string; tel: string }[]> }));

vi.mock("@/lib/resource-view", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/resource-view")>();
  return {
    ...actual,
    getResource: (locale: Parameters<typeof actual.getResource>[0], key: string): LocalizedResource | null => {
      const phones = standIns.phones[key];
      if (!phones) return actual.getResource(locale, key);
      return { ...actual.getResource(locale, "oversight-office")!, key, phones };
    },
  };
});

const line = (id: string, n: string) => ({ id, display: `(916) 555-01${n}`, tel: `+19165550${n}` });
const decoy = (n: string) => line("other", n);

beforeEach(() => {
  standIns.phones = {
    "spd-911": [decoy("90"), line("call-or-text", "11")],
    "rapid-response-hotline": [decoy("91"), line("hotline", "12")],
    opsa: [decoy("92"), line("main", "13")],
    "sac-county-inspector-general": [line("main", "14")],
    "ca-doj-federal-agent-misconduct-portal": [],
    "sac-311": [decoy("93"), line("inside-city", "15")],
  };
});

describe("the pocket card", () => {
  it("has the how-to's steps, each linking to its place on the how-to page", async () => {
    const card = (await getCardView("es"))!;
    expect(card.steps).toEqual([
      { href: "/es/how-to#write-it-down", title: "Escriba lo que pasó" },
      { href: "/es/how-to#report-it", title: "Presente una queja" },
    ]);
  });

  it("has the what-to-write-down checklist in the reader's language, in order", async () => {
    const card = (await getCardView("es"))!;
    expect(card.checklist).toEqual(
      ["dateTime", "place", "agency", "names", "badges", "said", "written", "witnesses"].map((item) => `es:card.check.${item}`),
    );
  });

  it("lists whom to contact in the directory's order, leaving out an entry the directory does not have", async () => {
    expect((await getCardView("en"))!.contacts.map((entry) => entry.key)).toEqual([
      "spd-911",
      "rapid-response-hotline",
      "opsa",
      "sac-county-inspector-general",
      "ca-doj-federal-agent-misconduct-portal",
      "sac-311",
    ]);
    delete standIns.phones["ca-doj-federal-agent-misconduct-portal"];
    expect((await getCardView("en"))!.contacts.map((entry) => entry.key)).not.toContain("ca-doj-federal-agent-misconduct-portal");
  });

  it("prints one chosen number a line, and where to go for Sheriff complaints, which have no number", async () => {
    const card = (await getCardView("es"))!;
    expect(card.wallet).toEqual([
      { label: "es:card.line.emergency", display: "(916) 555-0111", tel: "+1916555011" },
      { label: "es:card.line.hotline", display: "(916) 555-0112", tel: "+1916555012" },
      { label: "es:card.line.police", display: "(916) 555-0113", tel: "+1916555013" },
      { label: "es:card.line.sheriff", display: "es:card.line.sheriffWhere", tel: null },
      { label: "es:card.line.city", display: "(916) 555-0115", tel: "+1916555015" },
    ]);
  });

  it("fails, naming the entry and the line, when an entry has lost the number the card prints", async () => {
    standIns.phones["rapid-response-hotline"] = [decoy("91")];
    await expect(getCardView("en")).rejects.toThrow(
      'content/resources.json: "rapid-response-hotline" has no phone "hotline" for the pocket card',
    );
  });

  it("prints the guide's address without https:// or a trailing slash, with its QR code and the how-to's review date", async () => {
    const host = new URL(site.origin).host;
    const en = (await getCardView("en"))!;
    expect([en.guideUrl, en.guideUrlText, en.qr]).toEqual([`${site.origin}/`, host, toQrCode(`${site.origin}/`)]);
    const es = (await getCardView("es"))!;
    expect([es.guideUrl, es.guideUrlText, es.qr]).toEqual([`${site.origin}/es`, `${host}/es`, toQrCode(`${site.origin}/es`)]);
    expect([es.locale, es.lastReviewed, es.t("card.title")]).toEqual(["es", "2026-12-01", "es:card.title"]);
    expect(es.pages).toEqual(await listPages("es"));
  });
});
