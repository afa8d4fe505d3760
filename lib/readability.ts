/**
 * Reading level of English text: the Flesch-Kincaid grade, with a plain
 * syllable estimate. Used by a test to keep English pages near US grade 8.
 */

/** The prose of an MDX file: frontmatter, tags and Markdown markers removed; titles kept as sentences. */
export function toProse(mdx: string): string {
  return (
    mdx
      .replace(/^---[\s\S]*?---/, "")
      // Titles and questions written as attributes are read too.
      .replace(/<(?:Step|Violation)[^>]*\btitle="([^"]*)"[^>]*>/g, "\n$1.\n")
      .replace(/<Faq[^>]*\bquestion="([^"]*)"[^>]*>/g, "\n$1\n")
      .replace(/<(Resource|Phone)\b[^>]*\/>/g, "the office")
      .replace(/<\/?[A-Za-z][^>]*>/g, " ")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*_`#>]/g, "")
      // Each list item or line is a sentence of its own.
      .replace(/^\s*[-*]\s+/gm, "\n")
  );
}

/** Sentences: split at end punctuation, colons, semicolons and line breaks. */
export function toSentences(prose: string): string[] {
  return prose
    .split(/(?<=[.!?;:])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[A-Za-z]/.test(sentence));
}

/** An estimate of the syllables in one English word. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Flesch-Kincaid grade level of a text. */
export function gradeLevel(prose: string): { grade: number; words: number; sentences: number } {
  const sentences = toSentences(prose);
  const words = sentences.flatMap((sentence) => sentence.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)));
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const grade = 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words: words.length, sentences: sentences.length };
}
