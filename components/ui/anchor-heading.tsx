/** Interface words the heading controls need, already translated. */
export interface AnchorLabels {
  linkTo: string;
  copy: string;
  /** The labels' language, when it differs from the text around them (a heading in `<InEnglish>`). */
  lang?: string;
}

/**
 * A heading that can be linked to: it carries the stable `id`, a visible link
 * to itself (works without JavaScript) and a copy-link button. The button is
 * plain server HTML, invisible until share-buttons.ts makes it work, so
 * without JavaScript nobody meets a button that does nothing.
 * Both icons are drawn by CSS: this markup repeats for every heading, step and
 * question, so it is kept to a few bytes.
 */
export function AnchorHeading({
  as: Tag,
  id,
  labels,
  className,
  children,
}: {
  as: "h2" | "h3";
  id: string;
  labels: AnchorLabels;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className ? `anchor-heading ${className}` : "anchor-heading"}>
      <Tag id={id}>{children}</Tag>
      <a href={`#${id}`} className="self-link" aria-label={labels.linkTo} lang={labels.lang} />
      <button type="button" className="copy" data-copy={id} aria-label={labels.copy} lang={labels.lang} />
    </div>
  );
}
