import { toPath } from "@/lib/i18n";
import { getMDXComponent } from "@/lib/mdx";
import { getResource } from "@/lib/registry";
import type { PageView } from "@/lib/page-view";
import { toPageStructuredData, toWebSite } from "@/lib/structured-data";
import { createMdxComponents } from "../mdx";
import { JsonLd } from "../seo/json-ld";
import { Breadcrumbs } from "./breadcrumbs";
import { LanguagePicker } from "./language-picker";
import { OnThisPage } from "./on-this-page";
import { Pager } from "./pager";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SourcesList } from "./sources-list";
import { TranslationNotice } from "./translation-notice";

/** Pages with at least this many sections get an "On this page" list. */
const OUTLINE_MIN = 3;

/** One page of the guide: header, breadcrumbs, title, body, sources, pager and footer. */
export function ContentPage({ view }: { view: PageView }) {
  const { locale, page, t } = view;
  const isHome = page.slug === "";
  const Body = getMDXComponent(page.code);
  const components = createMdxComponents({
    locale,
    t,
    anchorLabels: {
      linkTo: t("anchor.linkTo"),
      copy: t("anchor.copy"),
    },
    citations: page.citations,
    getResource: (key) => getResource(locale, key),
    pages: view.pages,
    groups: view.groups,
  });

  const structuredData = isHome
    ? toWebSite({ locale, name: t("site.name"), description: page.description })
    : toPageStructuredData(page);

  return (
    <>
      <SiteHeader locale={locale} t={t} pages={view.pages} currentSlug={page.slug}>
        <LanguagePicker locale={locale} t={t} paths={view.alternates} />
      </SiteHeader>
      <main id="main" tabIndex={-1} className="wrap prose">
        {isHome ? null : (
          <Breadcrumbs
            t={t}
            trail={[{ href: toPath(locale, ""), label: t("nav.home") }]}
            title={page.navTitle}
            path={page.path}
          />
        )}
        <h1 id="page-title">{page.title}</h1>
        <p className="lead">{page.description}</p>
        {view.translation ? (
          <TranslationNotice t={t} locale={locale} lastReviewed={page.lastReviewed} {...view.translation} />
        ) : null}
        {!isHome && view.outline.length >= OUTLINE_MIN ? <OnThisPage t={t} items={view.outline} /> : null}
        <Body components={components} />
        {structuredData ? <JsonLd data={structuredData} /> : null}
        <SourcesList t={t} sources={view.sources} />
        {isHome ? null : (
          <Pager
            t={t}
            previous={view.previous && { href: view.previous.path, label: view.previous.navTitle }}
            next={view.next && { href: view.next.path, label: view.next.navTitle }}
          />
        )}
      </main>
      <SiteFooter locale={locale} t={t} lastReviewed={page.lastReviewed} />
    </>
  );
}
