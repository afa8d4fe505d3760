import { getAssetFile, listAssetNames } from "@/lib/assets";

/** The site's stylesheet and scripts, named by their contents and written at build time (see lib/assets.ts). */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listAssetNames().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<"/assets/[file]">) {
  const { file } = await params;
  const asset = await getAssetFile(file);
  if (!asset) throw new Error(`/assets/${file}: the build made a different file than next.config.mjs named`);
  return new Response(asset.contents, { headers: { "Content-Type": asset.type } });
}
