import type { Translate } from "@/lib/ui";
import { LinkList } from "./link-list";

/** A place to go from the 404 page. */
export interface NotFoundLink {
  href: string;
  label: string;
}

/**
 * The helpful 404: says what happened, offers the most useful places, and
 * says the same in every other language with a link to that language's start.
 */
export function NotFoundPage({
  t,
  links,
  otherLanguages,
}: {
  t: Translate;
  links: readonly NotFoundLink[];
  otherLanguages: readonly { tag: string; dir: "ltr" | "rtl"; href: string; title: string; home: string }[];
}) {
  return (
    <>
      <h1 id="page-title">{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>{t("notFound.tryThese")}</p>
      <LinkList links={links} />
      {otherLanguages.length > 0 ? (
        <ul className="index">
          {otherLanguages.map((other) => (
            <li key={other.tag} lang={other.tag} dir={other.dir}>
              {other.title}: <a href={other.href}>{other.home}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
