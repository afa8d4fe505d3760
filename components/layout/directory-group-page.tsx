import { toPath } from "@/lib/i18n";
import type { GroupView } from "@/lib/page-view";
import { toGroupSlug } from "@/lib/registry";
import type { ResourceGroup } from "@/lib/schema";
import { DirectoryEntry } from "../mdx/resource";
import { Breadcrumbs } from "./breadcrumbs";
import { LanguagePicker } from "./language-picker";
import { Pager } from "./pager";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { TranslationNotice } from "./translation-notice";

/** One group of the directory ("Report police conduct"), with every entry in full. */
export function DirectoryGroupPage({ view }: { view: GroupView }) {
  const { locale, group, directory, t } = view;
  const anchorLabels = { linkTo: t("anchor.linkTo"), copy: t("anchor.copy") };
  const groupPath = (key: ResourceGroup) => toPath(locale, toGroupSlug(key));
  return (
    <>
      <SiteHeader locale={locale} t={t} pages={view.pages} currentSlug={directory.slug}>
        <LanguagePicker locale={locale} t={t} paths={view.alternates} />
      </SiteHeader>
      <main id="main" tabIndex={-1} className="wrap prose">
        <Breadcrumbs
          t={t}
          trail={[
            { href: toPath(locale, ""), label: t("nav.home") },
            { href: directory.path, label: directory.navTitle },
          ]}
          title={group.title}
          path={groupPath(group.key)}
        />
        <h1 id="page-title">{group.title}</h1>
        <p className="lead">{group.intro}</p>
        {view.translation ? (
          <TranslationNotice t={t} locale={locale} lastReviewed={directory.lastReviewed} {...view.translation} />
        ) : null}
        {group.entries.map((entry) => (
          <DirectoryEntry key={entry.key} entry={entry} t={t} anchorLabels={anchorLabels} />
        ))}
        <Pager
          t={t}
          previous={view.previous && { href: groupPath(view.previous.key), label: view.previous.title }}
          next={view.next && { href: groupPath(view.next.key), label: view.next.title }}
        />
      </main>
      <SiteFooter locale={locale} t={t} lastReviewed={directory.lastReviewed} />
    </>
  );
}
