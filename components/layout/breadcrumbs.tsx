import type { Translate } from "@/lib/ui";

/**
 * Home › … › current page. Earlier steps are links; the current page is text,
 * marked `aria-current`. The page's head gives the same trail to search engines as a BreadcrumbList.
 */
export function Breadcrumbs({
  t,
  trail,
  title,
}: {
  t: Translate;
  /** The pages above this one, starting with home. */
  trail: readonly { href: string; label: string }[];
  title: string;
}) {
  return (
    <nav aria-label={t("nav.breadcrumbLabel")} className="crumbs no-print">
      <ol>
        {trail.map((step) => (
          <li key={step.href}>
            <a href={step.href} className="tap-target">
              {step.label}
            </a>
          </li>
        ))}
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}
