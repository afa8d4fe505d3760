import { serializeJsonLd, type StructuredData } from "@/lib/structured-data";

/** Structured data for search engines: a data block, never run as a script. */
export function JsonLd({ data }: { data: StructuredData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
