import { serializeJsonLd, type StructuredData } from "@/lib/structured-data";

/** One block of structured data for search engines: data, never run. */
export function JsonLd({ data }: { data: StructuredData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
