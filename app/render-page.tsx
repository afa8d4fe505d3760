import { readFile } from "node:fs/promises";
import path from "node:path";
import { PocketCard } from "@/components/card/pocket-card";
import { ContentPage } from "@/components/layout/content-page";
import { DirectoryGroupPage } from "@/components/layout/directory-group-page";
import { Document } from "@/components/layout/document";
import { LinkList } from "@/components/layout/link-list";
import { NotFoundPage } from "@/components/layout/not-found-page";
import { PageShell } from "@/components/layout/page-shell";
import { RecordForm, type RecordField } from "@/components/record/record-form";
import { SearchBox } from "@/components/search/search-box";
import { assetUrl, type AssetEntry } from "@/lib/assets";
import { getCardView } from "@/lib/card";
import { forgetEditedContent } from "@/lib/content";
import { toPageHead } from "@/lib/head";
import { DEFAULT_LOCALE, isLocale, LOCALES, toPath, type Locale } from "@/lib/i18n";
import { getFrameView, getGroupView, getPageView, listStartPages, type FrameView } from "@/lib/page-view";
import { findRoute, SEARCH_INDEX_SLUG, SLUGS } from "@/lib/routes";
import { SERVER_ERROR, SERVER_ERROR_PAGE } from "@/lib/server-error.mjs";
import type { UiKey } from "@/lib/schema";
import { cutQuery, MAX_QUERY, search } from "@/lib/search";
import { getSearchIndex } from "@/lib/search-index";
import { PAGE_ETAG } from "@/lib/site";
import { renderToHtml } from "@/lib/static-render";
import { getTranslator } from "@/lib/ui";

/**
 * Every page of the site, as a whole HTML document: the route handlers call
 * this with the page's language and slug (and, for search, the query). The
 * page is found in the list of pages (lib/routes.ts); anything else gets the
 * 404 page of that language.
 */
export async function renderPage(locale: string, slug: string, query?: string): Promise<Response> {
  forgetEditedContent();
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const found = isLocale(locale) ? findRoute(slug) : null;
  const route = found ?? findRoute(SLUGS.notFound)!;
  const frame = await getFrameView(language, route);
  const body = frame ? await renderBody(frame, query ?? "") : null;
  if (!frame || !body) return renderPage(language, SLUGS.notFound);

  const t = frame.t;
  const head = toPageHead({
    locale: language,
    slug: route.kind === "not-found" ? null : route.slug,
    alternates: frame.alternates,
    siteName: t("site.name"),
    title: frame.title,
    description: frame.description,
    indexed: route.indexed,
    previewImage: route.previewImage,
    structuredData: frame.structuredData,
    stylesheet: assetUrl("site"),
    scripts: [assetUrl("main"), ...body.scripts.map(assetUrl)],
  });
  const html = await renderToHtml(
    <Document
      head={head}
      locale={language}
      announcer={{ copied: t("anchor.copied"), failed: t("anchor.copyFailed"), share: t("anchor.share") }}
    >
      <PageShell
        locale={language}
        t={t}
        pages={frame.pages}
        currentSlug={frame.currentSlug}
        alternates={frame.alternates}
        searchPath={route.kind === "search" ? null : toPath(language, SLUGS.search)}
        trail={frame.trail}
        crumb={frame.crumb}
        lastReviewed={frame.lastReviewed}
        className={route.kind === "card" ? "wrap prose sheet" : undefined}
      >
        {body.element}
      </PageShell>
    </Document>,
  );
  const status = route.kind === "not-found" ? 404 : 200;
  const headers: Record<string, string> = { "Content-Type": "text/html; charset=utf-8" };
  // A browser or CDN that has this build's copy of a prerendered page gets 304 Not Modified (see proxy.ts).
  if (status === 200 && route.prerendered) headers.ETag = PAGE_ETAG;
  return new Response(html, { status, headers });
}

/** The record's fields: the source's "document the event" list. Keys are the same in every language. */
const RECORD_FIELDS: readonly { key: string; type: RecordField["type"]; label: UiKey }[] = [
  { key: "date", type: "date", label: "record.field.date" },
  { key: "time", type: "time", label: "record.field.time" },
  { key: "place", type: "text", label: "record.field.place" },
  { key: "agency", type: "text", label: "record.field.agency" },
  { key: "officers", type: "textarea", label: "record.field.officers" },
  { key: "badges", type: "text", label: "record.field.badges" },
  { key: "vehicles", type: "text", label: "record.field.vehicles" },
  { key: "said", type: "textarea", label: "record.field.said" },
  { key: "written", type: "textarea", label: "record.field.written" },
  { key: "witnesses", type: "textarea", label: "record.field.witnesses" },
  { key: "notes", type: "textarea", label: "record.field.notes" },
];

/** The page's own content (inside `<main>`) and the page-specific scripts it needs, or null if it cannot be built. */
async function renderBody(frame: FrameView, query: string): Promise<{ element: React.ReactNode; scripts: AssetEntry[] } | null> {
  const { locale, route, t } = frame;
  switch (route.kind) {
    case "content": {
      const view = await getPageView(locale, route.slug);
      return view && { element: <ContentPage view={view} />, scripts: [] };
    }
    case "group": {
      const view = route.group ? await getGroupView(locale, route.group) : null;
      return view && { element: <DirectoryGroupPage view={view} />, scripts: [] };
    }
    case "card": {
      const view = await getCardView(locale);
      return view && { element: <PocketCard view={view} />, scripts: [] };
    }
    case "record":
      return {
        element: (
          <>
            <h1 id="page-title">{t("record.title")}</h1>
            <p className="lead">{t("record.intro")}</p>
            <p className="no-js-only">{t("record.printHint")}</p>
            <RecordForm
              fields={RECORD_FIELDS.map(({ key, type, label }) => ({ key, type, label: t(label) }))}
              anchorLabels={{ linkTo: t("anchor.linkTo"), copy: t("anchor.copy") }}
              labels={{
                title: t("record.title"),
                actions: t("record.actions"),
                print: t("record.print"),
                download: t("record.download"),
                copy: t("record.copy"),
                copied: t("record.copied"),
                keep: t("record.keep"),
                keepHint: t("record.keepHint"),
                kept: t("record.kept"),
                remove: t("record.delete"),
                removed: t("record.deleted"),
                fileName: t("record.fileName"),
              }}
            />
          </>
        ),
        scripts: ["record"],
      };
    case "search": {
      const trimmed = cutQuery(query);
      const results = trimmed.trim() ? search(await getSearchIndex(locale), trimmed) : [];
      const start = await listStartPages(locale);
      return {
        element: (
          <>
            <h1 id="page-title">{t("search.title")}</h1>
            <SearchBox
              action={toPath(locale, SLUGS.search)}
              indexUrl={toPath(locale, SEARCH_INDEX_SLUG)}
              labels={{
                label: t("search.label"),
                hint: t("search.hint"),
                button: t("search.button"),
                resultsFor: t("search.resultsFor"),
                noResults: t("search.noResults"),
              }}
              query={trimmed}
              results={results}
              maxLength={MAX_QUERY}
            >
              <p>{t("search.startHere")}</p>
              <LinkList links={start.map((page) => ({ href: page.path, label: page.title }))} />
            </SearchBox>
          </>
        ),
        scripts: ["search"],
      };
    }
    case "offline":
      return {
        element: (
          <>
            <h1 id="page-title">{t("offline.title")}</h1>
            <p>{t("offline.body")}</p>
            <LinkList
              links={[
                ...frame.pages
                  .filter((page) => findRoute(page.slug)?.offline)
                  .map((page) => ({ href: page.path, label: page.title })),
                { href: toPath(locale, SLUGS.card), label: t("card.title") },
                { href: toPath(locale, SLUGS.record), label: t("record.title") },
              ]}
            />
          </>
        ),
        scripts: [],
      };
    case "not-found":
      return {
        element: (
          <NotFoundPage
            t={t}
            links={[
              { href: toPath(locale, SLUGS.home), label: t("notFound.home") },
              { href: toPath(locale, SLUGS.howTo), label: t("notFound.howTo") },
              { href: toPath(locale, SLUGS.directory), label: t("notFound.directory") },
            ]}
            otherLanguages={otherLanguages(locale)}
          />
        ),
        scripts: [],
      };
  }
}

/** "Page not found" in every other language, each with a link to that language's start page. */
function otherLanguages(locale: Locale) {
  return LOCALES.filter(({ code }) => code !== locale).map((info) => {
    const t = getTranslator(info.code);
    return {
      tag: info.tag,
      dir: info.dir,
      href: toPath(info.code, SLUGS.home),
      title: t("notFound.title"),
      home: t("notFound.home"),
    };
  });
}

/**
 * The plain server-error page, status 500, for the one page rendered on
 * request (search) when it fails: the page the build left in its output
 * (`distDir`, lib/server-error.mjs), with "Leave this site quickly" and the
 * site's header. If even that cannot be read, a few plain lines that need
 * nothing else.
 */
export async function renderServerError(distDir = path.join(process.cwd(), ".next")): Promise<Response> {
  // Read from the build's output at run time, never traced into the server's files (that would trace the whole project).
  const file = path.join(/* turbopackIgnore: true */ distDir, SERVER_ERROR_PAGE);
  const built = await readFile(/* turbopackIgnore: true */ file, "utf8").catch(() => null);
  const html =
    built ??
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"/>' +
      `<title>${SERVER_ERROR.title}</title></head><body><h1>${SERVER_ERROR.title}</h1><p>${SERVER_ERROR.body}</p>` +
      `<p><a href="/">${SERVER_ERROR.home}</a></p></body></html>`;
  return new Response(html, {
    status: 500,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
