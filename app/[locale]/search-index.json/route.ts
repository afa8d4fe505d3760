import { isLocale, listLocaleParams } from "@/lib/i18n";
import { forgetEditedContent } from "@/lib/content";
import { getSearchIndex } from "@/lib/search-index";

/** One file per language, written at build time; the search page fetches only its own, and only when used. */
export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = listLocaleParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  forgetEditedContent();
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  return Response.json(await getSearchIndex(locale));
}
