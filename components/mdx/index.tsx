import type { MDXComponents } from "mdx/types";
import { localizeHref } from "@/lib/i18n";
import type { MdxElementName } from "@/lib/mdx-contract";
import { createCite } from "./cite";
import type { MdxContext } from "./context";
import { createDirectory } from "./directory";
import { createHeadings } from "./headings";
import { Callout } from "./callout";
import { createFaq } from "./faq";
import { createInEnglish } from "./in-english";
import { createNotSpecified } from "./not-specified";
import { createContact, createPhone, createResource } from "./resource";
import { createSectionCards } from "./section-cards";
import { createSteps } from "./steps";
import { createViolation } from "./violation";

export type { MdxContext } from "./context";

/**
 * The components writers may use in MDX (the names in lib/mdx-contract.ts),
 * bound to one page's context. Plain Markdown elements are styled by `.prose` in app/globals.css.
 */
export function createMdxComponents(ctx: MdxContext) {
  return {
    ...createHeadings(ctx),
    Faq: createFaq(ctx),
    Violation: createViolation(ctx),
    ...createSteps(ctx),
    NotSpecified: createNotSpecified(ctx),
    Callout,
    InEnglish: createInEnglish(ctx),
    Cite: createCite(ctx),
    Resource: createResource(ctx),
    Contact: createContact(ctx),
    Phone: createPhone(ctx),
    SectionCards: createSectionCards(ctx),
    Directory: createDirectory(ctx),
    // Writers link to English paths (`/how-to#report-it`) in every language; the link
    // goes to the same page in the reader's language.
    a: ({ href = "", ...props }) =>
      href.startsWith("/") ? <a href={localizeHref(ctx.locale, href)} {...props} /> : <a href={href} {...props} />,
  } satisfies Record<MdxElementName, unknown> & MDXComponents;
}
