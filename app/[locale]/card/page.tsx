import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PocketCard } from "@/components/card/pocket-card";
import { CARD_SLUG, getCardView } from "@/lib/card";
import { isLocale } from "@/lib/i18n";
import { getUtilityMetadata } from "@/lib/metadata";
import { getTranslator } from "@/lib/ui";

export async function generateMetadata({ params }: PageProps<"/[locale]/card">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return getUtilityMetadata(locale, CARD_SLUG, { title: t("card.title"), description: t("card.description") });
}

/** The printable pocket card, in every language (prerendered at build time). */
export default async function CardPage({ params }: PageProps<"/[locale]/card">) {
  const { locale } = await params;
  const view = isLocale(locale) ? await getCardView(locale) : null;
  if (!view) notFound();
  return <PocketCard view={view} />;
}
