// Pages the site's own code links to by name, below each language's prefix.
// Plain JavaScript because next.config.mjs needs one of them too (the 404 page
// it sends unknown URLs to); lib/routes.ts is the list of every page.
export const SLUGS = Object.freeze({
  home: "",
  howTo: "how-to",
  faq: "faq",
  directory: "resources",
  privacy: "privacy",
  accessibility: "accessibility",
  card: "card",
  record: "record",
  search: "search",
  offline: "offline",
  notFound: "not-found",
});
