import type { PageSummary } from "@/lib/content";
import { getLocaleInfo, type Locale } from "@/lib/i18n";
import type { LocalizedResource, ResourceGroupView } from "@/lib/resource-view";
import type { Translate } from "@/lib/ui";
import type { AnchorLabels } from "../ui/anchor-heading";

/** What the MDX components of one page need, prepared by the route. */
export interface MdxContext {
  locale: Locale;
  t: Translate;
  anchorLabels: AnchorLabels;
  /** Ids of the headings inside `<InEnglish>` (English text in a translated page). */
  englishAnchors?: ReadonlySet<string>;
  /** Registry keys in citation order: `<Cite id>` renders its 1-based index. */
  citations: readonly string[];
  /** Every directory entry the page cites or links, with its words in this language, by key. */
  resources: Readonly<Record<string, LocalizedResource>>;
  /** Every page of this language (for section cards). */
  pages: readonly PageSummary[];
  /** The directory (for `<Directory />`). */
  groups: readonly ResourceGroupView[];
}

/**
 * The labels of a heading's link and copy controls. Inside `<InEnglish>` they are still in
 * the page's language, so they say so (screen readers would otherwise read them as English).
 */
export function anchorLabelsFor(ctx: MdxContext, id: string): AnchorLabels {
  return ctx.englishAnchors?.has(id) ? { ...ctx.anchorLabels, lang: getLocaleInfo(ctx.locale).tag } : ctx.anchorLabels;
}
