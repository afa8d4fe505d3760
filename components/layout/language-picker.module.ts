/**
 * The language picker (`details[data-module="language-picker"]`): switching
 * language keeps the reader at the same section, since ids are the same in
 * every language (`/faq#who-can-complain` → `/es/faq#who-can-complain`).
 * Without JavaScript the links go to the top of the other language's page.
 */
export function initLanguagePicker(picker: HTMLElement): void {
  picker.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[hreflang]");
    if (link && window.location.hash) link.hash = window.location.hash;
  });
}
