// A search from query to matches, with the engine injected (engine.ts in
// the browser, a fake in tests): no DOM here.
import { formatQuery } from '../query/format.ts';
import { isQueryError, parseQuery, type Query } from '../query/parse.ts';
import { hanCharacters, leafTexts, queryLeaves } from '../query/terms.ts';
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
  /** The simplified query actually searched, as text, when the query as typed had a character the corpus never uses. */
  simplified?: string;
}

/**
 * The query in simplified characters when it has a Chinese character the
 * (simplified) corpus never uses: a literal with it is in no paragraph, and
 * the query may be in traditional characters. The whole query is converted
 * (so that `恐怖主義 | 合作` and `合作 -極端主義` convert too, though they
 * find something as typed). Undefined when it stays as typed. Decided from
 * the corpus's characters before anything is searched, so traditional input
 * costs one search, not a fruitless one first.
 */
async function simplifiedQuery(query: Query, services: SearchServices): Promise<Query | undefined> {
  const characters = hanCharacters(leafTexts(queryLeaves(query)).join(''));
  if (characters.length === 0) return undefined;
  const known = await services.loadCharacters();
  if (characters.every((character) => known.has(character))) return undefined;
  const text = formatQuery(query);
  const simplified = parseQuery((await services.loadSimplifier())(text));
  // The converter keeps the operators; a query it breaks is searched as typed.
  return isQueryError(simplified) || formatQuery(simplified) === text ? undefined : simplified;
}

/** Searches the query as typed, or in simplified characters (simplifiedQuery). */
export async function runSearch(query: Query, documents: readonly SearchDocument[], services: SearchServices): Promise<Outcome> {
  const simplified = await simplifiedQuery(query, services);
  const matches = await findMatches(simplified ?? query, documents, services.lookUp, services.onMatch);
  return simplified ? { query: simplified, matches, simplified: formatQuery(simplified) } : { query, matches };
}
