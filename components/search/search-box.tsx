import type { SearchResult } from "@/lib/search";
import { searchStatus } from "./search-box.module";

/** Interface words, already translated; `{query}` and `{count}` are filled in on the server and by the module. */
export interface SearchLabels {
  label: string;
  hint: string;
  button: string;
  resultsFor: string;
  noResults: string;
}

/**
 * The search form and its results, rendered on the server for `?q=`, so it
 * works without JavaScript. With JavaScript (search-box.module.ts) results
 * follow each keystroke, computed on the device: the query never leaves it.
 * `children` (ways to start) show while there is no query or no result.
 */
export function SearchBox({
  action,
  indexUrl,
  labels,
  query,
  results,
  maxLength,
  children,
}: {
  action: string;
  indexUrl: string;
  labels: SearchLabels;
  query: string;
  results: readonly SearchResult[];
  maxLength: number;
  children: React.ReactNode;
}) {
  return (
    <div data-module="search-box" data-index={indexUrl} data-results-for={labels.resultsFor} data-no-results={labels.noResults}>
      <form role="search" action={action} method="get" className="search">
        <label htmlFor="q">{labels.label}</label>
        <p id="q-hint" className="muted">
          {labels.hint}
        </p>
        <div>
          <input
            id="q"
            type="search"
            name="q"
            defaultValue={query}
            maxLength={maxLength}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby="q-hint"
          />
          <button type="submit">{labels.button}</button>
        </div>
      </form>
      <p role="status" className="search-status">
        {searchStatus(labels, query.trim(), results.length)}
      </p>
      <ol className="results" hidden={results.length === 0}>
        {results.map((result) => (
          <SearchResultItem key={result.url} result={result} />
        ))}
      </ol>
      <div data-start="" hidden={results.length > 0}>
        {children}
      </div>
    </div>
  );
}

/** One result: the place's title as a link, the page it is on, and a snippet with the words found marked. */
export function SearchResultItem({ result }: { result: SearchResult }) {
  // English text in a translated page (<InEnglish>) says so, for screen readers.
  const english = result.inEnglish && ({ lang: "en", dir: "ltr" } as const);
  return (
    <li>
      <a href={result.url} {...english}>
        {result.title}
      </a>
      <p className="muted">{result.section}</p>
      <p {...english}>{result.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}</p>
    </li>
  );
}
