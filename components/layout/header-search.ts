/**
 * The header's search box (`form[data-module="header-search"]`): hands the
 * query to the search page in the `#q=` fragment, which browsers never send to
 * a server, so the search runs on the device. Without JavaScript the form
 * sends `?q=` and the server answers with the results.
 */
export function initHeaderSearch(form: HTMLElement): void {
  if (!(form instanceof HTMLFormElement)) return;
  form.addEventListener("submit", (event) => {
    const query = new FormData(form).get("q");
    if (typeof query !== "string") return;
    event.preventDefault();
    window.location.assign(`${form.action}#${new URLSearchParams({ q: query })}`);
  });
}
