import { queryTerms } from './query.ts';

/** The query parameter that carries the terms to mark on the page a hit links to. */
const HIGHLIGHT_PARAM = 'hl';

/** The link of a hit: the paragraph's permalink, with the terms to mark on arrival. */
export function hitHref(url: string, terms: readonly string[]): string {
  const target = new URL(url, 'https://example.invalid');
  target.searchParams.set(HIGHLIGHT_PARAM, terms.join(' '));
  return `${target.pathname}${target.search}${target.hash}`;
}

/** The terms a landing page should mark, read from its query string. */
export function highlightTerms(search: string): string[] {
  return queryTerms(new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '');
}
