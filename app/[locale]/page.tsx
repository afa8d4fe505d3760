import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage } from "@/components/layout/content-page";
import { isLocale } from "@/lib/i18n";
import { getPageMetadata } from "@/lib/metadata";
import { getPageView } from "@/lib/page-view";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? getPageMetadata(locale, "") : {};
}

/** The home page of a language, from `content/<locale>/index.mdx`. */
export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  const view = isLocale(locale) ? await getPageView(locale, "") : null;
  if (!view) notFound();
  return <ContentPage view={view} />;
}
