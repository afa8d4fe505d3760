// The server-error page: what it says, and where the build leaves it. Plain
// JavaScript because scripts/plain-error-pages.mjs writes it after `next build`;
// the search page, the one page rendered on request, sends it when it fails.

/**
 * What the server-error page says. In English only: a server error does not
 * know the reader's language, and the page links to the start of the guide,
 * where every language is offered.
 */
export const SERVER_ERROR = Object.freeze({
  title: "Something went wrong",
  body: "This page could not be shown because of a problem on our side. Please try again in a few minutes.",
  home: "Start of the guide",
});

/** Where the build leaves the server-error page, below its output folder (`.next`). */
export const SERVER_ERROR_PAGE = "server/app/server-error.html";
