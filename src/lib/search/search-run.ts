// A search from query to matches, with the engine injected (engine.ts in
// the browser, a fake in tests): no DOM here.
import { formatQuery } from '../query/format.ts';
import { isQueryError, parseQuery, type Query } from '../query/parse.ts';
import { hanCharacters } from '../query/terms.ts';
import { findMatches, type DocumentMatch, type LookUp, type Matches, type SearchDocument } from './matches.ts';

export interface SearchServices {
  lookUp: LookUp;
  /** Loads every Chinese character the corpus uses (SEARCH_CHARACTERS_PATH). */
  loadCharacters: () => Promise<ReadonlySet<string>>;
  /** Loads the traditional → simplified converter (simplify.ts). */
  loadSimplifier: () => Promise<(text: string) => string>;
  /** Hears of each document's match as findMatches finds it, in rank order (first-page.ts). */
  onMatch?: (match: DocumentMatch) => void;
}

export interface Outcome {
  /** The query searched (the simplified one when it was converted). */
  query: Query;
  matches: Matches;
  /** The simplified query actually searched, as text, when the query as typed had a literal in no paragraph. */
  simplified?: string;
}

/**
 * Searches as typed. When a literal of the query is in no paragraph and has
 * a Chinese character the (simplified) corpus never uses, the query may be in
 * traditional characters: only then is the converter loaded, and the whole
 * query tried again in simplified (so that `恐怖主義 | 合作` and `合作 -極端主義`
 * convert too, though they find something as typed).
 */
export async function runSearch(query: Query, documents: readonly SearchDocument[], services: SearchServices): Promise<Outcome> {
  const matches = await findMatches(query, documents, services.lookUp, services.onMatch);
  const suspects = hanCharacters(matches.unfound.join(''));
  if (suspects.length === 0) return { query, matches };
  const known = await services.loadCharacters();
  if (suspects.every((character) => known.has(character))) return { query, matches };
  const text = formatQuery(query);
  const simplified = parseQuery((await services.loadSimplifier())(text));
  // The converter keeps the operators; a query it breaks is searched as typed.
  if (isQueryError(simplified) || formatQuery(simplified) === text) return { query, matches };
  return { query: simplified, matches: await findMatches(simplified, documents, services.lookUp, services.onMatch), simplified: formatQuery(simplified) };
}
