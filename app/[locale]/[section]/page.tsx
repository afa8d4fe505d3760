import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage } from "@/components/layout/content-page";
import { listParams } from "@/lib/content";
import { isLocale } from "@/lib/i18n";
import { getPageMetadata } from "@/lib/metadata";
import { getPageView } from "@/lib/page-view";

/** Only the pages that exist at build time; any other slug is a 404, never rendered on demand. */
export const dynamicParams = false;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return (await listParams()).filter((entry) => entry.locale === params.locale).map(({ section }) => ({ section }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/[section]">): Promise<Metadata> {
  const { locale, section } = await params;
  return isLocale(locale) ? getPageMetadata(locale, section) : {};
}

/** One section of the guide, from `content/<locale>/<section>.mdx`. */
export default async function SectionPage({ params }: PageProps<"/[locale]/[section]">) {
  const { locale, section } = await params;
  const view = isLocale(locale) ? await getPageView(locale, section) : null;
  if (!view) notFound();
  return <ContentPage view={view} />;
}
