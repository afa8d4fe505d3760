/**
 * The elements writers may use in MDX, and what the build checks about each.
 * `components/mdx/index.ts` renders exactly these names (a unit test holds the two together).
 */
export interface ElementRule {
  /** Attributes that must be present as plain strings. */
  required: readonly string[];
  /** Attributes that may be present. */
  optional?: readonly string[];
  /** This element is a deep-link target: its `id` is collected, checked and linkable. */
  anchor?: { kind: AnchorKind; level: 2 | 3; titleFrom: "children" | "title" | "question" };
  /** The `id` attribute names a registry entry: a citation or a directory entry. */
  ref?: "source" | "resource";
  /** Only in a translated page, and not compared with English (English text that waits for its translation). */
  translationOnly?: true;
}

export type AnchorKind = "heading" | "faq" | "step" | "violation";

export const MDX_ELEMENTS = {
  H2: { required: ["id"], anchor: { kind: "heading", level: 2, titleFrom: "children" } },
  H3: { required: ["id"], anchor: { kind: "heading", level: 3, titleFrom: "children" } },
  Faq: { required: ["id", "question"], anchor: { kind: "faq", level: 2, titleFrom: "question" } },
  Violation: { required: ["id", "title"], anchor: { kind: "violation", level: 2, titleFrom: "title" } },
  Steps: { required: [] },
  Step: { required: ["id", "title"], anchor: { kind: "step", level: 3, titleFrom: "title" } },
  Cite: { required: ["id"], ref: "source" },
  Resource: { required: ["id"], ref: "resource" },
  Contact: { required: ["id"], ref: "resource" },
  Phone: { required: ["id"], optional: ["line"], ref: "resource" },
  NotSpecified: { required: [] },
  Callout: { required: [] },
  InEnglish: { required: [], translationOnly: true },
  SectionCards: { required: [] },
  Directory: { required: [] },
} as const satisfies Record<string, ElementRule>;

export type MdxElementName = keyof typeof MDX_ELEMENTS;

/** Components a translated page may use that English does not: they are left out of the comparison with English. */
export const TRANSLATION_ONLY: ReadonlySet<string> = new Set(
  Object.entries(MDX_ELEMENTS as Record<string, ElementRule>)
    .filter(([, rule]) => rule.translationOnly)
    .map(([name]) => name),
);

/** Ids the page layout itself uses; content may not take them. */
export const RESERVED_IDS = new Set(["main", "top", "sources", "on-this-page", "site-nav", "page-title"]);
