import { CopyLinkButton } from "./copy-link-button";
import { Icon } from "./icon";

/** Interface words the heading controls need, already translated. */
export interface AnchorLabels {
  linkTo: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

const SIZES = {
  h2: "text-2xl font-bold leading-tight",
  h3: "text-xl font-bold leading-snug",
} as const;

/**
 * A heading that can be linked to: it carries the stable `id`, a visible `#`
 * link to itself (works without JavaScript) and a copy-link button.
 */
export function AnchorHeading({
  as: Tag,
  id,
  labels,
  className = "",
  children,
}: {
  as: "h2" | "h3";
  id: string;
  labels: AnchorLabels;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`flex items-start gap-1 ${className}`}>
      <Tag id={id} className={`min-w-0 flex-1 ${SIZES[Tag]}`}>
        {children}
      </Tag>
      <span className="no-print flex shrink-0 items-center">
        <a
          href={`#${id}`}
          className="inline-flex min-h-8 min-w-8 items-center justify-center rounded text-link visited:text-link"
        >
          <Icon name="link" />
          <span className="sr-only">{labels.linkTo}</span>
        </a>
        <CopyLinkButton id={id} label={labels.copy} copiedLabel={labels.copied} failedLabel={labels.copyFailed} />
      </span>
    </div>
  );
}
