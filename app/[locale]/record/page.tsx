import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UtilityPage } from "@/components/layout/utility-page";
import { RecordForm, type RecordField } from "@/components/record/record-form";
import { getPage, listPages } from "@/lib/content";
import { isLocale } from "@/lib/i18n";
import { getUtilityMetadata } from "@/lib/metadata";
import type { UiKey } from "@/lib/schema";
import { getTranslator } from "@/lib/ui";

const SLUG = "record";

/** The source's "document the event" list, as fields. Keys are the same in every language. */
const FIELDS: readonly { key: string; type: RecordField["type"]; label: UiKey }[] = [
  { key: "date", type: "date", label: "record.field.date" },
  { key: "time", type: "time", label: "record.field.time" },
  { key: "place", type: "text", label: "record.field.place" },
  { key: "agency", type: "text", label: "record.field.agency" },
  { key: "officers", type: "textarea", label: "record.field.officers" },
  { key: "badges", type: "text", label: "record.field.badges" },
  { key: "vehicles", type: "text", label: "record.field.vehicles" },
  { key: "said", type: "textarea", label: "record.field.said" },
  { key: "written", type: "textarea", label: "record.field.written" },
  { key: "witnesses", type: "textarea", label: "record.field.witnesses" },
  { key: "notes", type: "textarea", label: "record.field.notes" },
];

export async function generateMetadata({ params }: PageProps<"/[locale]/record">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return getUtilityMetadata(locale, SLUG, { title: t("record.title"), description: t("record.description") });
}

/**
 * The incident record, in every language (prerendered). What the reader types
 * never leaves the device; without JavaScript it is a worksheet to print.
 */
export default async function RecordPage({ params }: PageProps<"/[locale]/record">) {
  const { locale } = await params;
  const howTo = isLocale(locale) ? await getPage(locale, "how-to") : null;
  if (!howTo) notFound();
  const t = getTranslator(locale);
  return (
    <UtilityPage
      locale={locale}
      t={t}
      pages={await listPages(locale)}
      slug={SLUG}
      title={t("record.title")}
      lastReviewed={howTo.lastReviewed}
    >
      <p className="lead">{t("record.intro")}</p>
        <p className="no-js-only">{t("record.printHint")}</p>
        <RecordForm
          fields={FIELDS.map(({ key, type, label }) => ({ key, type, label: t(label) }))}
          labels={{
            title: t("record.title"),
            actions: t("record.actions"),
            print: t("record.print"),
            download: t("record.download"),
            copy: t("record.copy"),
            copied: t("record.copied"),
            keep: t("record.keep"),
            keepHint: t("record.keepHint"),
            kept: t("record.kept"),
            remove: t("record.delete"),
            removed: t("record.deleted"),
            fileName: t("record.fileName"),
          }}
        />
    </UtilityPage>
  );
}
