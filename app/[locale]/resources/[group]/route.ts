import { renderPage } from "../../../render-page";
import { listRouteParams, SLUGS } from "@/lib/routes";

/** Every directory group's page (`/resources/report-police-conduct`), in every language, written at build time. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listRouteParams(2)
    .filter(({ slug }) => slug[0] === SLUGS.directory)
    .map(({ locale, slug }) => ({ locale, group: slug[1]! }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/resources/[group]">) {
  const { locale, group } = await params;
  return renderPage(locale, `${SLUGS.directory}/${group}`);
}
