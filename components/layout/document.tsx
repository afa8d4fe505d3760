import type { PageHead } from "@/lib/head";
import { JsonLd } from "./json-ld";

/**
 * The whole HTML document of every page: its head from one description, the
 * page's body, and the live region that modules announce results in
 * ("Link copied"). `data-locale` tells the offline module which language to keep.
 */
export function Document({
  head,
  locale,
  announcer,
  children,
}: {
  head: PageHead;
  locale: string;
  /** Words the share buttons announce, already translated. */
  announcer: { copied: string; failed: string; share: string };
  children: React.ReactNode;
}) {
  return (
    <html lang={head.lang} dir={head.dir} data-locale={locale}>
      <head>
        <PageHeadTags head={head} />
      </head>
      <body>
        {children}
        <p
          id="announcer"
          role="status"
          aria-live="polite"
          className="sr-only"
          data-module="share-buttons"
          data-copied={announcer.copied}
          data-failed={announcer.failed}
          data-share={announcer.share}
        />
      </body>
    </html>
  );
}

/** Title, description, canonical and hreflang links, link-preview tags, icons, styles, scripts and JSON-LD. */
function PageHeadTags({ head }: { head: PageHead }) {
  const { openGraph: og } = head;
  return (
    <>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{head.title}</title>
      <meta name="description" content={head.description} />
      {head.robots ? <meta name="robots" content={head.robots} /> : null}
      <meta name="theme-color" content={head.themeColor} />
      <link rel="stylesheet" href={head.stylesheet} />
      {/* Module scripts run after parsing, but Chromium fetches them at high priority,
          ahead of what the first paint needs; low priority keeps the stylesheet first. */}
      {head.scripts.map((src) => (
        <script key={src} type="module" src={src} fetchPriority="low" />
      ))}
      <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
      <link rel="manifest" href="/manifest.webmanifest" />
      {head.canonical ? <link rel="canonical" href={head.canonical} /> : null}
      {head.alternates.map((alternate) => (
        <link key={alternate.hreflang} rel="alternate" hrefLang={alternate.hreflang} href={alternate.href} />
      ))}
      {head.canonical ? (
        <>
          <meta property="og:type" content="website" />
          <meta property="og:site_name" content={og.siteName} />
          <meta property="og:title" content={head.title} />
          <meta property="og:description" content={head.description} />
          <meta property="og:url" content={head.canonical} />
          <meta property="og:locale" content={og.locale} />
          {og.image ? (
            <>
              <meta property="og:image" content={og.image.url} />
              <meta property="og:image:type" content="image/png" />
              <meta property="og:image:width" content={String(og.image.width)} />
              <meta property="og:image:height" content={String(og.image.height)} />
              <meta property="og:image:alt" content={og.image.alt} />
              <meta name="twitter:card" content="summary_large_image" />
              <meta name="twitter:image" content={og.image.url} />
              <meta name="twitter:image:alt" content={og.image.alt} />
            </>
          ) : null}
        </>
      ) : null}
      {head.structuredData.map((data, index) => (
        <JsonLd key={index} data={data} />
      ))}
    </>
  );
}
