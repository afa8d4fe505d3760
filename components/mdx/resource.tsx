import type { Locale } from "@/lib/i18n";
import type { LocalizedResource } from "@/lib/resource-view";
import { AnchorHeading } from "../ui/anchor-heading";
import { PhoneNumber } from "../ui/phone-number";
import { SourceCheck } from "../ui/source-check";
import type { MdxContext } from "./context";

/** An entry's phone numbers as tap-to-call links, each with its label. */
export function PhoneLinks({ entry }: { entry: LocalizedResource }) {
  return entry.phones.map((phone) => (
    <span key={phone.id} className="phone">
      <a href={`tel:${phone.tel}`} className="tap-target tel">
        {phone.display}
      </a>
      {entry.text.phoneLabels[phone.id] ? ` (${entry.text.phoneLabels[phone.id]})` : null}
    </span>
  ));
}

/** The contact lines of an entry: phones, email, official page. */
function ContactLines({ entry, t }: { entry: LocalizedResource; t: MdxContext["t"] }) {
  return (
    <ul className="contact-lines">
      {entry.phones.length > 0 ? (
        <li>
          <PhoneLinks entry={entry} />
        </li>
      ) : null}
      {entry.email ? (
        <li>
          {t("resource.email")}:{" "}
          <a href={`mailto:${entry.email}`} className="tap-target break-all">
            {entry.email}
          </a>
        </li>
      ) : null}
      {entry.url ? (
        <li>
          <a href={entry.url} className="tap-target ext">
            {t("resource.officialPage")}
          </a>
        </li>
      ) : entry.phones.length === 0 ? (
        <li>{t("resource.noUrl")}</li>
      ) : null}
    </ul>
  );
}

/** One full directory entry, as on its group's page (`/resources/<group>#<key>`). */
export function DirectoryEntry({
  entry,
  locale,
  t,
  anchorLabels,
}: {
  entry: LocalizedResource;
  locale: Locale;
  t: MdxContext["t"];
  anchorLabels: MdxContext["anchorLabels"];
}) {
  return (
    <article className="entry">
      <AnchorHeading as="h2" id={entry.key} labels={anchorLabels}>
        {entry.name}
      </AnchorHeading>
      {entry.text.explain ? <p className="explain">{entry.text.explain}</p> : null}
      <p>{entry.text.use}</p>
      {entry.text.notFor ? (
        <p>
          <strong>{t("resource.notFor")}:</strong> {entry.text.notFor}
        </p>
      ) : null}
      {entry.text.caution ? (
        <p className="caution">
          <strong>{t("resource.caution")}:</strong> {entry.text.caution}
        </p>
      ) : null}
      <ContactLines entry={entry} t={t} />
      {entry.verification === "verified" ? null : <p className="status">{t(`verification.${entry.verification}`)}</p>}
      {entry.check ? (
        <p>
          <SourceCheck check={entry.check} locale={locale} t={t} />
        </p>
      ) : null}
    </article>
  );
}

/**
 * `<Resource id="opsa" />`: a link to a directory entry, by key. Writers never
 * paste an office's URL or phone; optional children replace the entry's name.
 */
export function createResource({ resources }: MdxContext) {
  return function Resource({ id, children }: { id: string; children?: React.ReactNode }) {
    const entry = resources[id];
    return <a href={entry?.path}>{children ?? entry?.name ?? id}</a>;
  };
}

/** `<Contact id="opsa" />`: a compact card with how to reach an office. */
export function createContact({ t, resources }: MdxContext) {
  return function Contact({ id }: { id: string }) {
    const entry = resources[id];
    if (!entry) return null;
    return (
      <div className="contact-card">
        <p className="font-bold">
          <a href={entry.path}>{entry.name}</a>
        </p>
        {entry.text.explain ? <p className="explain">{entry.text.explain}</p> : null}
        <ContactLines entry={entry} t={t} />
      </div>
    );
  };
}

/** `<Phone id="spd-911" />`: an entry's phone number as a tap-to-call link (`line` picks one of several). */
export function createPhone({ resources }: MdxContext) {
  return function Phone({ id, line }: { id: string; line?: string }) {
    const phones = resources[id]?.phones ?? [];
    const phone = phones.find((candidate) => candidate.id === line) ?? phones[0];
    if (!phone) return null;
    return (
      <a href={`tel:${phone.tel}`} className="font-bold">
        <PhoneNumber display={phone.display} />
      </a>
    );
  };
}
