import Link from "next/link";
import type { PageSummary } from "@/lib/content";
import { toPath, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";
import { SkipLink } from "./skip-link";

/**
 * The site header: skip link, site name and the primary navigation. The
 * navigation is a plain list of links that wraps on a phone, so it needs no
 * JavaScript and no menu button.
 */
export function SiteHeader({
  locale,
  t,
  pages,
  currentSlug,
}: {
  locale: Locale;
  t: Translate;
  pages: readonly PageSummary[];
  currentSlug: string | null;
}) {
  return (
    <header className="bg-brand text-white">
      <SkipLink label={t("nav.skipToContent")} />
      <div className="mx-auto max-w-3xl px-4 pt-3 pb-2">
        <Link
          href={toPath(locale, "")}
          prefetch={false}
          className="inline-block py-1 text-xl leading-tight font-bold text-white no-underline visited:text-white hover:underline"
        >
          {t("site.name")}
        </Link>
        <p className="m-0 text-base text-white">{t("site.tagline")}</p>
      </div>
      <nav aria-label={t("nav.primaryLabel")} id="site-nav" className="border-t border-white/30">
        <ul className="mx-auto flex max-w-3xl list-none flex-wrap gap-x-1 gap-y-0 px-2 py-1">
          {pages.map((page) => {
            const current = page.slug === currentSlug;
            return (
              <li key={page.slug}>
                <Link
                  href={page.path}
                  prefetch={false}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center px-2 text-white visited:text-white ${
                    current ? "font-bold underline decoration-4 underline-offset-8" : "no-underline hover:underline"
                  }`}
                >
                  {page.slug === "" ? t("nav.home") : page.navTitle}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
