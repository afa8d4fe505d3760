/**
 * A small inline SVG icon set: no icon font and no image requests. The shapes
 * are drawn once per page in `IconSprite` (in the layout), and each `Icon`
 * refers to one, which keeps repeated icons to a few bytes. Icons are decorative.
 */
const PATHS = {
  phone:
    "M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z",
  external: "M14 3h7v7M21 3l-9 9M19 14v7H3V5h7",
} as const;

export type IconName = keyof typeof PATHS;

/** The icon shapes, once per page (hidden). */
export function IconSprite() {
  return (
    <svg aria-hidden="true" width="0" height="0" className="absolute">
      {Object.entries(PATHS).map(([name, d]) => (
        <symbol key={name} id={`i-${name}`} viewBox="0 0 24 24">
          <path d={d} />
        </symbol>
      ))}
    </svg>
  );
}

/** One decorative icon; `small` draws it at 1 rem instead of 1.25 rem. */
export function Icon({ name, small = false, className = "" }: { name: IconName; small?: boolean; className?: string }) {
  return (
    <svg aria-hidden="true" className={`icon${small ? " icon-sm" : ""}${className ? ` ${className}` : ""}`}>
      <use href={`#i-${name}`} />
    </svg>
  );
}
