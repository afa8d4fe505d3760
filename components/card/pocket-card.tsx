import type { CardView } from "@/lib/card";
import { toPath } from "@/lib/i18n";
import { SLUGS } from "@/lib/routes";
import { AnchorHeading } from "../ui/anchor-heading";
import { PhoneLinks } from "../mdx/resource";
import { PhoneNumber } from "../ui/phone-number";
import { QrCode } from "./qr-code";

/**
 * The printable "what to do" sheet: the steps, what to write down, who to
 * contact and a QR code to the guide, with a wallet-size card (3.5 x 2 inches)
 * to cut out at the bottom. Printed, it fills one A4 or Letter page.
 */
export function PocketCard({ view }: { view: CardView }) {
  const { locale, t } = view;
  const qrLabel = t("card.qrLabel", { url: view.guideUrl });
  const anchorLabels = { linkTo: t("anchor.linkTo"), copy: t("anchor.copy") };
  return (
    <>
      <h1 id="page-title">{t("card.title")}</h1>
      <p className="no-print">{t("card.intro")}</p>
      <p className="no-print">
        <a href={toPath(locale, SLUGS.record)}>{t("record.link")}</a>
      </p>
      <p className="no-print">
        <button type="button" className="print-button" data-module="print-button">
          {t("card.print")}
        </button>
      </p>
      <div className="sheet-columns">
        <section aria-labelledby="steps">
          <AnchorHeading as="h2" id="steps" labels={anchorLabels}>
            {t("card.steps")}
          </AnchorHeading>
          <ol>
            {view.steps.map((step) => (
              <li key={step.href}>
                <a href={step.href}>{step.title}</a>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="write-down">
          <AnchorHeading as="h2" id="write-down" labels={anchorLabels}>
            {t("card.writeDown")}
          </AnchorHeading>
          <ul className="checklist">
            {view.checklist.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="contacts">
        <AnchorHeading as="h2" id="contacts" labels={anchorLabels}>
          {t("card.contacts")}
        </AnchorHeading>
        <ul className="card-contacts">
          {view.contacts.map((entry) => (
            <li key={entry.key}>
              <a href={entry.path} className="font-bold">
                {entry.name}
              </a>{" "}
              {entry.phones.length > 0 ? (
                <PhoneLinks entry={entry} />
              ) : entry.url ? (
                <a href={entry.url} className="ext">
                  {t("resource.officialPage")}
                </a>
              ) : null}
              <br />
              {/* The short line: what it is (with the hotline's caution), or what it is for. The directory has the rest. */}
              {entry.text.explain ?? entry.text.use}
            </li>
          ))}
        </ul>
      </section>
      <div className="sheet-foot">
        <div className="qr-block">
          <QrCode code={view.qr} label={qrLabel} className="qr" />
          <p>
            {t("card.scan")}
            <br />
            <strong dir="ltr">{view.guideUrlText}</strong>
          </p>
        </div>
        <div>
          <p className="cut" aria-hidden="true">
            {t("card.cut")}
          </p>
          <div className="wallet">
            <div>
              <p className="wallet-title">{t("card.walletTitle")}</p>
              <dl>
                {view.wallet.map((line) => (
                  <div key={line.label}>
                    <dt>{line.label}</dt>
                    <dd>
                      {line.tel ? (
                        <a href={`tel:${line.tel}`} dir="ltr">
                          <PhoneNumber display={line.display} />
                        </a>
                      ) : (
                        line.display
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
            <div className="wallet-qr">
              <QrCode code={view.qr} label={qrLabel} className="qr" />
              <p dir="ltr">{view.guideUrlText}</p>
            </div>
          </div>
        </div>
      </div>
    </>
  );
}
