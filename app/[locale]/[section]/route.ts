import { renderPage } from "../../render-page";
import { listRouteParams, SLUGS } from "@/lib/routes";

/** Every page one level below a language (`/faq`, `/es/card`), written at build time. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listRouteParams(1)
    .filter(({ slug }) => slug[0] !== SLUGS.notFound)
    .map(({ locale, slug }) => ({ locale, section: slug[0]! }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[section]">) {
  const { locale, section } = await params;
  return renderPage(locale, section);
}
