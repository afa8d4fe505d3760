import { getPage, listPages, type PageSummary } from "./content";
import { toPath, type Locale } from "./i18n";
import { toQrCode, type QrCode } from "./qr";
import { getResource, type LocalizedResource } from "./resource-view";
import { SLUGS } from "./routes";
import { UI_KEYS, type UiKey } from "./schema";
import { toAbsoluteUrl } from "./site";
import { getTranslator, type Translate } from "./ui";

/** Who to contact, in order, from the directory. */
const CONTACTS = [
  "spd-911",
  "rapid-response-hotline",
  "opsa",
  "sac-county-inspector-general",
  "ca-doj-federal-agent-misconduct-portal",
  "sac-311",
] as const;

/**
 * The wallet card's lines: a short label and one number each, or where to go
 * when the right office has no number for it (Sheriff and jail complaints go to
 * the County Inspector General, online or at a Sheriff's facility: its phone is
 * the Sheriff's line for questions, not for complaints).
 */
const WALLET: readonly ({ label: UiKey } & ({ key: (typeof CONTACTS)[number]; phone: string } | { where: UiKey }))[] = [
  { label: "card.line.emergency", key: "spd-911", phone: "call-or-text" },
  { label: "card.line.hotline", key: "rapid-response-hotline", phone: "hotline" },
  { label: "card.line.police", key: "opsa", phone: "main" },
  { label: "card.line.sheriff", where: "card.line.sheriffWhere" },
  { label: "card.line.city", key: "sac-311", phone: "inside-city" },
];

/** What to write down (the source's "document the event" list): the `card.check.*` strings, in order. */
const CHECKLIST = UI_KEYS.filter((key) => key.startsWith("card.check."));

export interface CardView {
  locale: Locale;
  t: Translate;
  pages: PageSummary[];
  /** The how-to's steps, each linking to its place on the how-to page. */
  steps: { href: string; title: string }[];
  checklist: string[];
  contacts: LocalizedResource[];
  /** Each line's number (`tel`), or where to go instead (`tel` null). */
  wallet: { label: string; display: string; tel: string | null }[];
  /** The guide's start page in this language, absolute, and as printed (without `https://`). */
  guideUrl: string;
  guideUrlText: string;
  qr: QrCode;
  /** The card is made from the how-to page: its review date. */
  lastReviewed: string;
}

/** The printable pocket card of one language, from the how-to page and the directory. */
export async function getCardView(locale: Locale): Promise<CardView | null> {
  const howTo = await getPage(locale, SLUGS.howTo);
  if (!howTo) return null;
  const t = getTranslator(locale);
  const contacts = CONTACTS.map((key) => getResource(locale, key)).filter((entry) => entry !== null);
  const wallet = WALLET.map((line) => {
    if ("where" in line) return { label: t(line.label), display: t(line.where), tel: null };
    const number = contacts.find((entry) => entry.key === line.key)?.phones.find((p) => p.id === line.phone);
    if (!number) throw new Error(`content/resources.json: "${line.key}" has no phone "${line.phone}" for the pocket card`);
    return { label: t(line.label), display: number.display, tel: number.tel };
  });
  const guideUrl = toAbsoluteUrl(toPath(locale, SLUGS.home));
  return {
    locale,
    t,
    pages: await listPages(locale),
    steps: howTo.anchors
      .filter((anchor) => anchor.kind === "step")
      .map((step) => ({ href: toPath(locale, SLUGS.howTo, step.id), title: step.title })),
    checklist: CHECKLIST.map((key) => t(key)),
    contacts,
    wallet,
    guideUrl,
    guideUrlText: guideUrl.replace(/^https?:\/\//, "").replace(/\/$/, ""),
    qr: toQrCode(guideUrl),
    lastReviewed: howTo.lastReviewed,
  };
}
