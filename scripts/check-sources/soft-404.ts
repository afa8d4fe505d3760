/** Phrases that make a page's title a "not found" page. */
const TITLE_SAYS_NOT_FOUND =
  /\bnot found\b|\b404\b|\bno longer available\b|\bdoes(?: not|n't) exist\b|\b(?:cannot|can't|could not|couldn't) be found\b|\berror page\b/i;

/** Phrases that, near the start of the main text, make the page a "not found" page. */
const TEXT_SAYS_NOT_FOUND = new RegExp(
  [
    String.raw`\bpage (?:was )?not found\b`,
    String.raw`\b(?:error )?404\b[^.]{0,20}\b(?:error|not found|page)\b`,
    String.raw`\berror 404\b`,
    String.raw`\bno longer available\b`,
    String.raw`\b(?:page|file|document|resource)\b[^.]{0,60}\b(?:cannot|can't|could not|couldn't) be found\b`,
    String.raw`\b(?:page|file|document|resource)\b[^.]{0,60}\bdoes(?: not|n't) exist\b`,
    String.raw`\b(?:we|I) (?:can't|cannot|couldn't|could not) find (?:the|that|this) page\b`,
  ].join("|"),
  "i",
);

/** How much of the main text is searched: a real "not found" page says so at the top. */
const OPENING_CHARS = 300;

/**
 * True when a page that answered 200 reads as "page not found" (a "soft 404"): its title
 * says so, or the opening of its main text does. English phrases only.
 */
export function looksLikeNotFound(title: string | null, text: string): boolean {
  if (title && TITLE_SAYS_NOT_FOUND.test(title)) return true;
  return TEXT_SAYS_NOT_FOUND.test(text.slice(0, OPENING_CHARS));
}
