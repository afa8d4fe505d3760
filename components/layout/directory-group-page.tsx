import type { GroupView } from "@/lib/page-view";
import { DirectoryEntry } from "../mdx/resource";
import { Pager } from "./pager";
import { TranslationNotice } from "./translation-notice";

/** One group of the directory ("Report police conduct"), with every entry in full. */
export function DirectoryGroupPage({ view }: { view: GroupView }) {
  const { locale, group, directory, t } = view;
  const anchorLabels = { linkTo: t("anchor.linkTo"), copy: t("anchor.copy") };
  return (
    <>
      <h1 id="page-title">{group.title}</h1>
      <p className="lead">{group.intro}</p>
      {view.translation ? (
        <TranslationNotice t={t} locale={locale} lastReviewed={directory.lastReviewed} {...view.translation} />
      ) : null}
      {group.entries.map((entry) => (
        <DirectoryEntry key={entry.key} entry={entry} locale={locale} t={t} anchorLabels={anchorLabels} />
      ))}
      <Pager
        t={t}
        previous={view.previous && { href: view.previous.path, label: view.previous.title }}
        next={view.next && { href: view.next.path, label: view.next.title }}
      />
    </>
  );
}
