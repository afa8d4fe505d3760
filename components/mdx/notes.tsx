import type { MdxContext } from "./context";

/**
 * `<NotSpecified>…</NotSpecified>`: says plainly that the official pages do not
 * give a detail (a fine, a time limit, a form). Honesty about gaps is a feature.
 */
export function createNotes({ t }: MdxContext) {
  return {
    NotSpecified: ({ children }: { children: React.ReactNode }) => (
      <aside className="note">
        <p className="note-title">{t("note.notSpecified")}</p>
        {children}
      </aside>
    ),
    /** `<Callout>…</Callout>`: an important point, set apart. */
    Callout: ({ children }: { children: React.ReactNode }) => <div className="callout">{children}</div>,
  };
}
