import { renderPage, renderServerError } from "../../render-page";
import { SLUGS } from "@/lib/routes";

/**
 * Search in the reader's language: the one page rendered on request, for
 * `?q=` without JavaScript (with JavaScript the results come on the device).
 * Next.js answers methods other than GET and HEAD with 405. If rendering
 * fails (say, a deployment without its content), the reader gets the plain
 * server-error page, not an empty 500.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/[locale]/search">) {
  const { locale } = await params;
  const query = new URL(request.url).searchParams.get("q") ?? "";
  try {
    return await renderPage(locale, SLUGS.search, query);
  } catch (error) {
    console.error("The search page could not be rendered:", error);
    return renderServerError();
  }
}
