"use client";

import { useEffect, useRef, useState } from "react";
import { search, type SearchDoc, type SearchResult } from "@/lib/search";

/** Interface words, already translated; `{query}` and `{count}` are filled in here. */
export interface SearchLabels {
  label: string;
  hint: string;
  button: string;
  resultsFor: string;
  noResults: string;
}

const indexes = new Map<string, Promise<SearchDoc[]>>();

/** The language's search index, fetched once, on first use. */
function loadIndex(url: string): Promise<SearchDoc[]> {
  let index = indexes.get(url);
  if (!index) {
    index = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<SearchDoc[]>;
    });
    index.catch(() => indexes.delete(url));
    indexes.set(url, index);
  }
  return index;
}

const fillIn = (template: string, query: string, count: number) =>
  template.replace("{query}", query).replace("{count}", String(count));

/**
 * The search form and its results. The server renders it with the results for
 * `?q=`, so it works without JavaScript. With JavaScript, results follow each
 * keystroke, computed on the device from the language's index: the query
 * never leaves the device, and it is not written into the address or history.
 * `children` (ways to start) show while there is no query or no result.
 */
export function SearchBox({
  action,
  indexUrl,
  labels,
  initialQuery,
  initialResults,
  children,
}: {
  action: string;
  indexUrl: string;
  labels: SearchLabels;
  initialQuery: string;
  initialResults: SearchResult[];
  children: React.ReactNode;
}) {
  const [query, setQuery] = useState(initialQuery);
  const [outcome, setOutcome] = useState({ query: initialQuery.trim(), results: initialResults });
  const latest = useRef(0);

  const run = async (text: string) => {
    const ticket = ++latest.current;
    const trimmed = text.trim();
    const results = trimmed ? search(await loadIndex(indexUrl), trimmed) : [];
    if (ticket === latest.current) setOutcome({ query: trimmed, results });
  };

  useEffect(() => {
    // The header's search box hands the query over in the fragment (`#q=`), which is never sent to the server.
    const handedOver = new URLSearchParams(window.location.hash.slice(1)).get("q");
    if (handedOver === null) return;
    window.history.replaceState(null, "", window.location.pathname);
    setQuery(handedOver);
    void run(handedOver);
    // Runs once, on arrival: `run` only reads the index URL, which does not change.
  }, []);

  const { results } = outcome;
  return (
    <>
      <form
        role="search"
        action={action}
        method="get"
        className="search"
        onSubmit={(event) => {
          event.preventDefault();
          void run(query);
        }}
      >
        <label htmlFor="q">{labels.label}</label>
        <p id="q-hint" className="muted">
          {labels.hint}
        </p>
        <div>
          <input
            id="q"
            type="search"
            name="q"
            value={query}
            maxLength={200}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby="q-hint"
            onFocus={() => void loadIndex(indexUrl).catch(() => {})}
            onChange={(event) => {
              setQuery(event.target.value);
              void run(event.target.value);
            }}
          />
          <button type="submit">{labels.button}</button>
        </div>
      </form>
      <p role="status" className="search-status">
        {outcome.query
          ? fillIn(results.length > 0 ? labels.resultsFor : labels.noResults, outcome.query, results.length)
          : null}
      </p>
      {results.length > 0 ? (
        <ol className="results">
          {results.map((result) => (
            <li key={result.url}>
              <a href={result.url}>{result.title}</a>
              <p className="muted">{result.section}</p>
              <p>
                {result.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        children
      )}
    </>
  );
}
