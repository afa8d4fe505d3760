import { getPage, listPages, type PageSummary } from "./content";
import { toPath, type Locale } from "./i18n";
import { toQrCode, type QrCode } from "./qr";
import { getResource, type LocalizedResource } from "./registry";
import { SLUGS } from "./routes";
import { UI_KEYS, type UiKey } from "./schema";
import { toAbsoluteUrl } from "./site";
import { getTranslator, type Translate } from "./ui";


/** Who to contact, in order, from the directory. */
const CONTACTS = ["spd-911", "rapid-response-hotline", "opsa", "sac-311"] as const;

/** The wallet card's lines: a short label and one number each. */
const WALLET: readonly { label: UiKey; key: (typeof CONTACTS)[number]; phone: string }[] = [
  { label: "card.line.emergency", key: "spd-911", phone: "call-or-text" },
  { label: "card.line.hotline", key: "rapid-response-hotline", phone: "hotline" },
  { label: "card.line.police", key: "opsa", phone: "main" },
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
  wallet: { label: string; display: string; tel: string }[];
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
  const wallet = WALLET.map(({ label, key, phone }) => {
    const number = contacts.find((entry) => entry.key === key)?.phones.find((p) => p.id === phone);
    if (!number) throw new Error(`content/resources.json: "${key}" has no phone "${phone}" for the pocket card`);
    return { label: t(label), display: number.display, tel: number.tel };
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
