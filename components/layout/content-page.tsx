import { getMDXComponent } from "@/lib/mdx";
import type { PageView } from "@/lib/page-view";
import { SLUGS } from "@/lib/routes";
import { createMdxComponents } from "../mdx";
import { JsonLd } from "./json-ld";
import { OnThisPage } from "./on-this-page";
import { Pager } from "./pager";
import { SourcesList } from "./sources-list";
import { TranslationNotice } from "./translation-notice";

/** Pages with at least this many sections get an "On this page" list. */
const OUTLINE_MIN = 3;

/** One page of the guide: title, body, sources and the previous/next links. */
export function ContentPage({ view }: { view: PageView }) {
  const { locale, page, t } = view;
  const isHome = page.slug === SLUGS.home;
  const Body = getMDXComponent(page.code);
  const components = createMdxComponents({
    locale,
    t,
    anchorLabels: {
      linkTo: t("anchor.linkTo"),
      copy: t("anchor.copy"),
    },
    englishAnchors: new Set(page.anchors.filter((anchor) => anchor.inEnglish).map((anchor) => anchor.id)),
    citations: page.citations,
    resources: view.resources,
    pages: view.pages,
    groups: view.groups,
  });

  return (
    <>
      <h1 id="page-title">{page.title}</h1>
      <p className="lead">{page.description}</p>
      {view.translation ? (
        <TranslationNotice t={t} locale={locale} lastReviewed={page.lastReviewed} {...view.translation} />
      ) : null}
      {!isHome && view.outline.length >= OUTLINE_MIN ? <OnThisPage t={t} items={view.outline} /> : null}
      <Body components={components} />
      {view.structuredData ? <JsonLd data={view.structuredData} /> : null}
      <SourcesList t={t} locale={locale} sources={view.sources} />
      {isHome ? null : (
        <Pager
          t={t}
          previous={view.previous && { href: view.previous.path, label: view.previous.navTitle }}
          next={view.next && { href: view.next.path, label: view.next.navTitle }}
        />
      )}
    </>
  );
}
