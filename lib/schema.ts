import { z } from "zod";
import type { Locale } from "./i18n";
import type { LineOf } from "./json-lines";
import type { AnchorKind } from "./mdx-contract";

/**
 * The zod schemas for every kind of content file, and the types inferred
 * from them. Editors can read this file as the documentation of each field.
 * Objects are strict, so a typo such as `titel` fails the build.
 */

/**
 * Validates parsed content against its schema. A failure names the file (relative
 * to the project, e.g. `content/resources.json`) and every field that is wrong, with
 * its line when `lineOf` can tell (lib/json-lines.ts):
 * `content/es/ui.json:\n  - line 1: "nav.next" is missing`. With `subject` ("frontmatter"),
 * each field is named as part of it: `line 5: frontmatter field "lastReviewed": must be …`.
 */
export function parseContent<T>(schema: z.ZodType<T>, raw: unknown, file: string, lineOf?: LineOf, subject?: "frontmatter"): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new ContentError(
      file,
      parsed.error.issues.flatMap((issue) => describeIssue(issue, raw, lineOf, subject)),
    );
  return parsed.data;
}

/** A problem with the line of the file it is on, when known: `line 12: "nav.next" is missing`. */
export function atLine(line: number | undefined, problem: string): string {
  return line ? `line ${line}: ${problem}` : problem;
}

/** A content problem: names the file, then each problem on its own line, with its line in the file when known. */
export class ContentError extends Error {
  constructor(file: string, problems: string[], options?: ErrorOptions) {
    super(`${file}:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`, options);
    this.name = "ContentError";
  }
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, lineOf?: LineOf, subject?: string): string[] {
  // A mistyped field is reported on its own line, one problem per field.
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return atLine(lineOf?.(path), `${named(path, subject)} is not a known field`);
    });
  }
  const line = lineOf?.(issue.path);
  const field = named(issue.path, subject);
  if (issue.path.length > 0 && !has(raw, issue.path)) return [atLine(line, `${field} is missing`)];
  return [atLine(line, field ? `${field}: ${issue.message}` : issue.message)];
}

/** How a problem names a field: `"title"`, `[3].phones`, `frontmatter field "title"`, `frontmatter` for the whole of it. */
function named(path: readonly PropertyKey[], subject?: string): string {
  const [only, ...more] = path;
  const field = path.length === 0 ? "" : typeof only === "string" && more.length === 0 ? `"${only}"` : z.core.toDotPath(path);
  if (!subject) return field;
  return field ? `${subject} field ${field.startsWith('"') ? field : `"${field}"`}` : subject;
}

/** Whether parsed JSON has a value at a path. */
function has(raw: unknown, path: readonly PropertyKey[]): boolean {
  let value = raw;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

/** A stable, readable id: lowercase ASCII words joined by hyphens, e.g. `who-is-covered`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens, e.g. `who-is-covered`");

/** An ISO calendar date that exists, `YYYY-MM-DD` (frontmatter keeps dates as text: lib/content.ts). */
export const IsoDateSchema = z.iso.date({ error: "must be an ISO date such as 2026-11-28" });

/** Frontmatter of one page in `content/<locale>/<slug>.mdx`. */
export const PageFrontmatterSchema = z.strictObject({
  /** Required. The page's h1 and the first part of its `<title>`. Example: `Who the protections cover`. */
  title: z.string().trim().min(3).max(80),
  /** Required. A short name for navigation, breadcrumbs and cards. Example: `Scope`. */
  navTitle: z.string().trim().min(2).max(30),
  /**
   * Required. One or two sentences shown under the title, on section cards and in search results.
   * 50 to 160 characters so that search engines show it whole.
   */
  description: z.string().trim().min(50).max(160),
  /** Required. Position in navigation; lower comes first. The home page is 0. */
  order: z.number().int().min(0),
  /** Required. When a person last checked this page against its sources (ISO date). */
  lastReviewed: IsoDateSchema,
  /**
   * Required. Registry keys of the sources this page cites, each cited in the body with
   * `<Cite id="…" />`. Listed here so reviewers see a page's sources at a glance;
   * the build fails if this list and the citations in the body differ.
   */
  sources: z.array(IdSchema).default([]),
  /**
   * Optional. Where the page is linked from: `main` (the default) puts it in the header's
   * navigation and the previous/next links; `footer` links it from every page's footer
   * instead (privacy, accessibility). Translations must use the same value as English.
   */
  navigation: z.enum(["main", "footer"]).default("main"),
  /**
   * Optional. The schema.org type the page's structured data (JSON-LD) takes for search
   * engines: `FAQPage` (every `<Faq>` with its answer) or `HowTo` (every `<Step>`).
   * Translations must use the same value as English.
   */
  schema: z.enum(["FAQPage", "HowTo"]).optional(),
  /**
   * Required on every translated page, absent on English pages. `from` is the English
   * page's `lastReviewed` that this translation follows; `reviewed` is true only once a
   * professional translator has checked it. Example: `translation: { from: 2026-11-28, reviewed: false }`.
   */
  translation: z
    .strictObject({
      from: IsoDateSchema,
      reviewed: z.boolean(),
    })
    .optional(),
});

/** Frontmatter as written in a file. */
export type PageFrontmatter = z.infer<typeof PageFrontmatterSchema>;

/** How an entry's link or phone was checked (see shared facts: `confidence`). */
export const VerificationSchema = z.enum([
  /** The URL or phone appeared on a stored copy of an official page. */
  "verified",
  /** The facts are sourced, but the exact URL was not seen on an official page: check before launch. */
  "inferred",
  /** Nothing reliable was found: the entry has no URL and/or no phone on purpose. */
  "not-found",
]);

/** A phone number as shown and as dialled. */
export const PhoneSchema = z.strictObject({
  /** Required. Key for the label in the locale text file, e.g. `main`. */
  id: IdSchema,
  /** Required. As printed, e.g. `(916) 808-7525` or `3-1-1`. */
  display: z.string().regex(/^(\(\d{3}\) \d{3}-\d{4}|\d-\d-\d)$/, "must look like (916) 808-7525 or 3-1-1"),
  /** Required. For `tel:` links: `+1` and ten digits, or a three-digit service number (311, 911). */
  tel: z.string().regex(/^(\+1\d{10}|[2-9]11)$/, "must be +1 and ten digits, or a N11 service number"),
});

/** Which need a directory group answers. Order here is the order on /resources. */
export const ResourceGroupSchema = z.enum([
  "emergencies",
  "report-police-conduct",
  "report-city-code-problem",
  "city-policy",
  "free-legal-help",
  "language-and-access",
  "the-law",
]);
export type ResourceGroup = z.infer<typeof ResourceGroupSchema>;

/** One entry of `content/resources.json`: the language-neutral facts about a source or office. */
export const ResourceSchema = z
  .strictObject({
    /** Required. The key writers use in `<Cite id>` and `<Resource id>`, and the `/resources#<key>` anchor. */
    key: IdSchema,
    /** Required. The official name, in English in every language. */
    name: z.string().min(3),
    /** Required. What kind of thing this is. `news` is a news report, cited only for what it reports. */
    kind: z.enum(["office", "law", "resolution", "code", "service", "language-access", "news"]),
    /** Required. Where it is listed on /resources. */
    group: ResourceGroupSchema,
    /**
     * Required, or null when no official page was found. https, except an http address that was
     * itself verified: `verification` is `verified` and the exact URL is in `verifiedFrom`
     * (old Legislature bill pages were only ever seen over http). Never change http to https
     * while the entry says verified.
     */
    url: z.url({ protocol: /^https?$/, error: "must be an https:// URL" }).nullable(),
    /** Optional. Phone numbers, only those the facts verify. Default: none. */
    phones: z.array(PhoneSchema).default([]),
    /** Optional. An email address the official page gives. */
    email: z.email().optional(),
    /** Required. How the URL and phone were checked. */
    verification: VerificationSchema,
    /** Required. The stored official pages where the facts were seen (may be empty when nothing was found). */
    verifiedFrom: z.array(z.url()),
    /** Optional. What a person must check by hand before launch (shown in the README). */
    checkBeforeLaunch: z.string().optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.url?.startsWith("http:") && !(entry.verification === "verified" && entry.verifiedFrom.includes(entry.url))) {
      ctx.addIssue({
        code: "custom",
        message: "must be an https:// URL (http only for a verified entry whose exact URL is in `verifiedFrom`)",
        path: ["url"],
      });
    }
    if (entry.verification === "verified" && entry.url === null && entry.phones.length === 0) {
      ctx.addIssue({ code: "custom", message: "a verified entry needs a url or a phone", path: ["url"] });
    }
    if (entry.verification !== "verified" && !entry.checkBeforeLaunch) {
      ctx.addIssue({
        code: "custom",
        message: "an entry that is not verified must say what to check in `checkBeforeLaunch`",
        path: ["checkBeforeLaunch"],
      });
    }
  });
export type Resource = z.infer<typeof ResourceSchema>;

/** `content/resources.json`: every source and office, each key once. */
export const RegistrySchema = z.array(ResourceSchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.key)) {
      ctx.addIssue({ code: "custom", message: `duplicate key "${entry.key}"`, path: [index, "key"] });
    }
    seen.add(entry.key);
  });
});

/** The words about one entry in one language (`content/<locale>/resources.json`). */
export const ResourceTextSchema = z.strictObject({
  /** Optional. A plain explanation of the official name, e.g. `the City's police oversight office`. */
  explain: z.string().min(3).optional(),
  /** Required. What a person uses it for, in plain words. */
  use: z.string().min(10),
  /** Optional. What it does NOT handle, so nobody is sent to the wrong place. */
  notFor: z.string().min(10).optional(),
  /** Optional. A caution to read before using it (e.g. "not confirmed on a City page"). */
  caution: z.string().min(10).optional(),
  /** Optional. Labels for the entry's phones, by phone id. */
  phoneLabels: z.record(IdSchema, z.string().min(2)).default({}),
});
export type ResourceText = z.infer<typeof ResourceTextSchema>;

/** `content/<locale>/resources.json`: group headings and the text of every entry. */
export const ResourceTextsSchema = z.strictObject({
  groups: z.record(ResourceGroupSchema, z.strictObject({ title: z.string().min(3), intro: z.string().min(10) })),
  entries: z.record(IdSchema, ResourceTextSchema),
});
export type ResourceTexts = z.infer<typeof ResourceTextsSchema>;

/**
 * Every interface string, by flat dotted key. Each locale's `content/<locale>/ui.json`
 * must have exactly these keys; `{name}` placeholders must be kept in translations.
 */
export const UI_KEYS = [
  "site.name",
  "site.tagline",
  "nav.skipToContent",
  "nav.primaryLabel",
  "nav.home",
  "nav.breadcrumbLabel",
  "nav.onThisPage",
  "nav.pagerLabel",
  "nav.previous",
  "nav.next",
  "anchor.linkTo",
  "anchor.copy",
  "anchor.share",
  "anchor.copied",
  "anchor.copyFailed",
  "cite.label",
  "sources.title",
  "sources.intro",
  "note.notSpecified",
  "note.inEnglish",
  "verification.verified",
  "verification.inferred",
  "verification.not-found",
  "resource.notFor",
  "resource.caution",
  "resource.officialPage",
  "resource.email",
  "resource.noUrl",
  "footer.directory",
  "footer.lastReviewed",
  "footer.disclaimer",
  "footer.privacy",
  "footer.privacyPage",
  "footer.accessibilityPage",
  "quickExit.label",
  "notFound.title",
  "notFound.body",
  "notFound.tryThese",
  "notFound.home",
  "notFound.howTo",
  "notFound.directory",
  "lang.pickerLabel",
  "translation.notice",
  "translation.readEnglish",
  "translation.unreviewed",
  "translation.outOfDate",
  "translation.languageHelp",
  "search.title",
  "search.description",
  "search.label",
  "search.button",
  "search.hint",
  "search.resultsFor",
  "search.noResults",
  "search.startHere",
  "card.title",
  "card.link",
  "card.description",
  "card.intro",
  "card.print",
  "card.steps",
  "card.writeDown",
  "card.check.dateTime",
  "card.check.place",
  "card.check.agency",
  "card.check.names",
  "card.check.badges",
  "card.check.said",
  "card.check.written",
  "card.check.witnesses",
  "card.contacts",
  "card.scan",
  "card.qrLabel",
  "card.cut",
  "card.walletTitle",
  "card.line.emergency",
  "card.line.hotline",
  "card.line.police",
  "card.line.sheriff",
  "card.line.sheriffWhere",
  "card.line.city",
  "record.title",
  "record.link",
  "record.description",
  "record.intro",
  "record.printHint",
  "record.field.date",
  "record.field.time",
  "record.field.place",
  "record.field.agency",
  "record.field.officers",
  "record.field.badges",
  "record.field.vehicles",
  "record.field.said",
  "record.field.written",
  "record.field.witnesses",
  "record.field.notes",
  "record.actions",
  "record.print",
  "record.download",
  "record.copy",
  "record.copied",
  "record.keep",
  "record.keepHint",
  "record.kept",
  "record.delete",
  "record.deleted",
  "record.fileName",
  "check.live",
  "check.storedCopy",
  "check.moved",
  "check.broken",
  "check.lastWorking",
  "offline.ready",
  "offline.title",
  "offline.body",
] as const;

/** One interface string key, e.g. `nav.skipToContent`. */
export type UiKey = (typeof UI_KEYS)[number];

/** `content/<locale>/ui.json`: every key required, no unknown keys. */
export const UiStringsSchema = z.strictObject(
  Object.fromEntries(UI_KEYS.map((key) => [key, z.string().trim().min(1)])) as Record<UiKey, z.ZodString>,
);
export type UiStrings = z.infer<typeof UiStringsSchema>;

/** A deep-link target on a page: a heading, FAQ question, step or violation. */
export interface Anchor {
  id: string;
  kind: AnchorKind;
  /** Heading level it renders at. */
  level: 2 | 3;
  /** Its visible title (plain text). */
  title: string;
  /** Plain text of its body as the reader sees it (directory names and phone numbers included, citation marks left out). */
  text: string;
  /** Set when it is English text in a translated page, inside `<InEnglish>`. */
  inEnglish?: true;
}

/** What lists and navigation need about a page: never the compiled body. */
export interface PageSummary extends PageFrontmatter {
  locale: Locale;
  /** "" for home, else the route segment, e.g. `faq`. */
  slug: string;
  /** Site path, e.g. `/faq` or `/es/faq`. */
  path: string;
}

/** A compiled page. */
export interface Page extends PageSummary {
  /** Compiled MDX (a function body), rendered only on the server. */
  code: string;
  /** Every deep-link target, in document order. */
  anchors: Anchor[];
  /** Registry keys cited with `<Cite>`, in order of first use: citation n is citations[n - 1]. */
  citations: string[];
  /** Registry keys linked with `<Resource>` or `<Contact>`. */
  resources: string[];
  /** Links to other pages of the guide, as written (e.g. `/faq#who-can-complain`). */
  internalLinks: string[];
  /** Names of the MDX components the page uses, e.g. `Directory`. */
  components: string[];
  /** The line of each id, citation, directory key, link and component's first use (`factKey` in lib/mdx-check.ts). */
  lines: ReadonlyMap<string, number>;
}
