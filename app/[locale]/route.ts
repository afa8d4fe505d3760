import { renderPage } from "../render-page";
import { listRouteParams } from "@/lib/routes";

/** The home page of every language, written at build time. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listRouteParams(0).map(({ locale }) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]">) {
  const { locale } = await params;
  return renderPage(locale, "");
}
