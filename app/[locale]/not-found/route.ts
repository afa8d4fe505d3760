import { renderPage } from "../../render-page";
import { listRouteParams, SLUGS } from "@/lib/routes";

/**
 * The 404 page of every language, written at build time. next.config.mjs
 * sends every URL the site does not have here (`/es/…` to the Spanish one),
 * and it answers with status 404. It is a route of its own, not one of
 * `[section]`'s, so that Next.js can still try it after `[section]` has
 * declined an unknown slug.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listRouteParams(1)
    .filter(({ slug }) => slug[0] === SLUGS.notFound)
    .map(({ locale }) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/not-found">) {
  const { locale } = await params;
  return renderPage(locale, SLUGS.notFound);
}
