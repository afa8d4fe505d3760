import type { LocalizedResource } from "@/lib/registry";
import type { Translate } from "@/lib/ui";

/** The numbered Sources list at the end of a page; `<Cite>` links point here. */
export function SourcesList({ t, sources }: { t: Translate; sources: readonly LocalizedResource[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-line pt-4">
      <h2 id="sources" className="text-2xl font-bold">
        {t("sources.title")}
      </h2>
      <p>{t("sources.intro")}</p>
      <ol className="list-decimal space-y-3 ps-8">
        {sources.map((source) => (
          <li key={source.key} id={`source-${source.key}`}>
            {source.url ? (
              <a href={source.url} rel="noopener">
                {source.name}
              </a>
            ) : (
              source.name
            )}
            <span className="block text-base text-muted">{t(`verification.${source.verification}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
