import { queryTerms } from './query.ts';

/** The query parameter that carries the terms to mark on the page a hit links to. */
const HIGHLIGHT_PARAM = 'hl';

/** The permalink of a paragraph; also the URL of its search record. */
export function paragraphUrl(document: string, n: number): string {
  return `/${document}/#p${n}`;
}

export function parseParagraphUrl(url: string): { document: string; n: number } | null {
  const match = /^\/([^/?#]+)\/(?:\?[^#]*)?#p(\d+)$/.exec(url);
  return match ? { document: decodeURIComponent(match[1]), n: Number(match[2]) } : null;
}

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
