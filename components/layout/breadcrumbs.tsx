import type { Translate } from "@/lib/ui";
import { toBreadcrumbList } from "@/lib/structured-data";
import { JsonLd } from "../seo/json-ld";

/**
 * Home › … › current page. Earlier steps are links; the current page is text,
 * marked `aria-current`. The same trail is given to search engines as a BreadcrumbList.
 */
export function Breadcrumbs({
  t,
  trail,
  title,
  path,
}: {
  t: Translate;
  /** The pages above this one, starting with home. */
  trail: readonly { href: string; label: string }[];
  title: string;
  /** This page's path. */
  path: string;
}) {
  return (
    <nav aria-label={t("nav.breadcrumbLabel")} className="crumbs no-print">
      <JsonLd data={toBreadcrumbList([...trail, { href: path, label: title }])} />
      <ol>
        {trail.map((step) => (
          <li key={step.href}>
            <a href={step.href} className="tap">
              {step.label}
            </a>
          </li>
        ))}
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}
