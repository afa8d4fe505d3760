import { Icon } from "../ui/icon";
import type { MdxContext } from "./context";

/**
 * `<NotSpecified>…</NotSpecified>`: says plainly that the official pages do not
 * give a detail (a fine, a time limit, a form). Honesty about gaps is a feature.
 */
export function createNotes({ t }: MdxContext) {
  return {
    NotSpecified: ({ children }: { children: React.ReactNode }) => (
      <aside className="my-5 border-s-4 border-note-line bg-note px-4 py-3">
        <p className="m-0 flex items-center gap-2 font-bold">
          <Icon name="info" />
          {t("note.notSpecified")}
        </p>
        <div className="[&>p]:my-2 [&>p:last-child]:mb-0">{children}</div>
      </aside>
    ),
    /** `<Callout>…</Callout>`: an important point, set apart. */
    Callout: ({ children }: { children: React.ReactNode }) => (
      <div className="my-5 border-s-4 border-brand bg-brand-light px-4 py-3 [&>p]:my-2">{children}</div>
    ),
  };
}
