import Link from "next/link";
import type { PageSummary } from "@/lib/content";
import { toPath, type Locale } from "@/lib/i18n";
import type { Translate } from "@/lib/ui";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The helpful 404: says what happened and offers the three most useful places. */
export function NotFoundPage({ locale, t, pages }: { locale: Locale; t: Translate; pages: readonly PageSummary[] }) {
  const links = [
    { href: toPath(locale, ""), label: t("notFound.home") },
    { href: toPath(locale, "how-to"), label: t("notFound.howTo") },
    { href: toPath(locale, "resources"), label: t("notFound.directory") },
  ];
  return (
    <>
      <SiteHeader locale={locale} t={t} pages={pages} currentSlug={null} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-6 pb-8 text-lg focus:outline-none">
        <h1 className="mt-2 mb-3 text-3xl leading-tight font-bold">{t("notFound.title")}</h1>
        <p>{t("notFound.body")}</p>
        <p>{t("notFound.tryThese")}</p>
        <ul className="list-disc space-y-2 ps-6">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} prefetch={false} className="inline-flex min-h-8 items-center">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </main>
      <SiteFooter locale={locale} t={t} />
    </>
  );
}
