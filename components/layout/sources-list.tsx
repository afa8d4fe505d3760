import type { LocalizedResource } from "@/lib/resource-view";
import type { Translate } from "@/lib/ui";
import { AnchorHeading } from "../ui/anchor-heading";
import { SourceCheck } from "../ui/source-check";
import type { Locale } from "@/lib/i18n";

/**
 * The numbered Sources list at the end of a page; `<Cite>` links point here.
 * Most sources were checked on an official page (the intro says so); only the
 * exceptions carry a note.
 */
export function SourcesList({ t, locale, sources }: { t: Translate; locale: Locale; sources: readonly LocalizedResource[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources" className="sources">
      <AnchorHeading as="h2" id="sources" labels={{ linkTo: t("anchor.linkTo"), copy: t("anchor.copy") }}>
        {t("sources.title")}
      </AnchorHeading>
      <p>{t("sources.intro")}</p>
      <ol>
        {sources.map((source) => (
          <li key={source.key} id={`source-${source.key}`}>
            {source.url ? <a href={source.url}>{source.name}</a> : source.name}
            {source.verification === "verified" ? null : (
              <span className="status">{t(`verification.${source.verification}`)}</span>
            )}
            <SourceCheck check={source.check} locale={locale} t={t} />
          </li>
        ))}
      </ol>
    </section>
  );
}
