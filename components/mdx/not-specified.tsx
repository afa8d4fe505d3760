import type { MdxContext } from "./context";

/**
 * `<NotSpecified>…</NotSpecified>`: says plainly that the official pages do not
 * give a detail (a fine, a time limit, a form). Honesty about gaps is a feature.
 */
export function createNotSpecified({ t }: MdxContext) {
  return function NotSpecified({ children }: { children: React.ReactNode }) {
    return (
      <aside className="note">
        <p className="note-title">{t("note.notSpecified")}</p>
        {children}
      </aside>
    );
  };
}
