/**
 * The one tokeniser of search, used when the index is built and when a query
 * runs. Pagefind's own Chinese handling segments words (jieba when indexing,
 * Intl.Segmenter in the browser); the two disagree and neither finds a
 * substring inside a word. So every character is indexed as a word of its
 * own and a query becomes an exact-phrase search over its characters: a
 * phrase of consecutive characters matches exactly where the query is a
 * substring of the text (character n-grams with n = 1; one-character words
 * also pass through Intl.Segmenter unchanged, longer n-grams would not).
 */

/**
 * Pagefind indexes only alphanumeric characters (Rust's `char::is_alphanumeric`:
 * Alphabetic or Numeric); any other character still takes a word position, so
 * a phrase cannot run across punctuation.
 */
const WORD_CHARACTER = /^[\p{Alphabetic}\p{N}]$/u;

/** Stands for a space of the text: Pagefind splits content at white space, and the text must come back whole. */
const SPACE_TOKEN = '\u2420';

export function isWordCharacter(char: string): boolean {
  return WORD_CHARACTER.test(char);
}

/** The content Pagefind indexes for a text: one word per character. */
export function indexContent(text: string): string {
  return Array.from(text, (char) => (/\s/u.test(char) ? SPACE_TOKEN : char)).join(' ');
}

/** The text back from the content Pagefind stores (the inverse of indexContent). */
export function contentText(content: string): string {
  return content
    .split(' ')
    .map((token) => (token === SPACE_TOKEN ? ' ' : token))
    .join('');
}

/**
 * The exact-phrase Pagefind queries for one query term: one per run of word
 * characters. A paragraph that contains the term contains every run, so these
 * find every candidate; a term with punctuation inside needs the check against
 * the text to be exact.
 */
export function phraseQueries(term: string): string[] {
  const runs: string[][] = [[]];
  for (const char of term) {
    if (isWordCharacter(char)) runs[runs.length - 1].push(char);
    else if (runs[runs.length - 1].length > 0) runs.push([]);
  }
  return runs.filter((run) => run.length > 0).map((run) => `"${run.join(' ')}"`);
}
