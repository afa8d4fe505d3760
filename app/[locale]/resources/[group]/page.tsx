import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DirectoryGroupPage } from "@/components/layout/directory-group-page";
import { isLocale } from "@/lib/i18n";
import { getGroupMetadata } from "@/lib/metadata";
import { getGroupView } from "@/lib/page-view";
import { ResourceGroupSchema } from "@/lib/schema";

/** Only the directory's groups exist; anything else is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return ResourceGroupSchema.options.map((group) => ({ group }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/resources/[group]">): Promise<Metadata> {
  const { locale, group } = await params;
  return isLocale(locale) ? getGroupMetadata(locale, group) : {};
}

/** One group of the directory, e.g. `/resources/report-police-conduct`. */
export default async function ResourceGroupPage({ params }: PageProps<"/[locale]/resources/[group]">) {
  const { locale, group } = await params;
  const view = isLocale(locale) ? await getGroupView(locale, group) : null;
  if (!view) notFound();
  return <DirectoryGroupPage view={view} />;
}
