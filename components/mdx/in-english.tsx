import type { MdxContext } from "./context";

/**
 * `<InEnglish>…</InEnglish>`, in a translated page only: English text that is waiting for
 * its translation (a new question, say, published in every language at once). The note
 * says so in the page's language; the text is marked as English, left to right, so screen
 * readers read it with an English voice.
 */
export function createInEnglish({ t }: MdxContext) {
  return function InEnglish({ children }: { children: React.ReactNode }) {
    return (
      <div className="note in-english">
        <p className="note-title">{t("note.inEnglish")}</p>
        <div lang="en" dir="ltr">
          {children}
        </div>
      </div>
    );
  };
}
