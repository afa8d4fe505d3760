import { fill } from "@/lib/fill";
import { cutQuery, search, type SearchDoc, type SearchResult } from "@/lib/search";
import type { SearchLabels } from "./search-box";

/** The sentence above the results, e.g. `3 results for "complaint"`: on the server (SearchBox) and on the device alike. */
export function searchStatus(labels: Pick<SearchLabels, "resultsFor" | "noResults">, query: string, count: number): string {
  if (!query) return "";
  return fill(count > 0 ? labels.resultsFor : labels.noResults, { query, count });
}

/**
 * Results as the reader types (`[data-module="search-box"]`), computed on the
 * device from the language's index (`data-index`), fetched once, on first use.
 * The query is not sent anywhere and not written into the address or history.
 * The header's search box hands a query over in the `#q=` fragment.
 * Builds the same markup as the server's results (SearchBox), with text only,
 * never HTML, from what the reader typed.
 */
export function initSearchBox(root: HTMLElement): void {
  const form = root.querySelector("form");
  const input = root.querySelector<HTMLInputElement>("input[name=q]");
  const status = root.querySelector<HTMLElement>("[role=status]");
  const list = root.querySelector<HTMLOListElement>("ol.results");
  const start = root.querySelector<HTMLElement>("[data-start]");
  const { index: indexUrl = "", resultsFor = "", noResults = "" } = root.dataset;
  if (!form || !input || !status || !list || !start) return;

  let index: Promise<SearchDoc[]> | undefined;
  const loadIndex = () => {
    index ??= fetch(indexUrl).then((response) => {
      if (!response.ok) throw new Error(`${indexUrl}: ${response.status}`);
      return response.json() as Promise<SearchDoc[]>;
    });
    index.catch(() => (index = undefined));
    return index;
  };

  const show = (query: string, results: SearchResult[]) => {
    status.textContent = searchStatus({ resultsFor, noResults }, query, results.length);
    list.replaceChildren(...results.map(toItem));
    list.hidden = results.length === 0;
    start.hidden = results.length > 0;
  };

  let latest = 0;
  const run = async (text: string) => {
    const ticket = ++latest;
    const query = text.trim();
    const results = query ? search(await loadIndex(), query) : [];
    if (ticket === latest) show(query, results);
  };

  input.addEventListener("focus", () => void loadIndex().catch(() => {}));
  input.addEventListener("input", () => void run(input.value).catch(() => {}));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(input.value).catch(() => {});
  });

  const handedOver = new URLSearchParams(window.location.hash.slice(1)).get("q");
  if (handedOver !== null) {
    window.history.replaceState(null, "", window.location.pathname);
    input.value = cutQuery(handedOver);
    void run(input.value).catch(() => {});
  }
}

function toItem(result: SearchResult): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.title;
  const section = document.createElement("p");
  section.className = "muted";
  section.textContent = result.section;
  const snippet = document.createElement("p");
  snippet.append(
    ...result.snippet.map((part) => {
      if (!part.hit) return part.text;
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      return mark;
    }),
  );
  // English text in a translated page (<InEnglish>) says so, for screen readers.
  if (result.inEnglish) {
    for (const element of [link, snippet]) Object.assign(element, { lang: "en", dir: "ltr" });
  }
  item.append(link, section, snippet);
  return item;
}
