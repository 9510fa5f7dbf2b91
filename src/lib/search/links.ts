import { formatQuery } from '../query/format.ts';
import { isQueryError, parseQuery, type Leaf, type Query } from '../query/parse.ts';
import { highlightQuery, positiveLeaves } from '../query/terms.ts';

/** The query parameter that carries what to mark on the page a hit links to: a query (formatQuery) of the hit query's positive texts and gaps. */
const HIGHLIGHT_PARAM = 'hl';

/** The link of a hit: the paragraph's permalink, with what to mark on arrival. */
export function hitHref(url: string, query: Query): string {
  const target = new URL(url, 'https://example.invalid');
  target.searchParams.set(HIGHLIGHT_PARAM, formatQuery(highlightQuery(query)));
  return `${target.pathname}${target.search}${target.hash}`;
}

/** The texts and gaps a landing page should mark, read from its query string (none when it cannot be read). */
export function highlightLeaves(search: string): Leaf[] {
  const query = parseQuery(new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '');
  return isQueryError(query) ? [] : positiveLeaves(query);
}
