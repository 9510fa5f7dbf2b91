// A search from query to matches, with the engine injected (engine.ts in
// the browser, a fake in tests): no DOM here.
import { formatQuery } from '../query/format.ts';
import { isQueryError, parseQuery, type Query } from '../query/parse.ts';
import { hanCharacters } from '../query/terms.ts';
import { findMatches, type LookUp, type Matches, type SearchDocument } from './matches.ts';

export interface SearchServices {
  lookUp: LookUp;
  /** Loads the traditional → simplified converter (simplify.ts). */
  loadSimplifier: () => Promise<(text: string) => string>;
}

export interface Outcome {
  /** The query searched (the simplified one when it was converted). */
  query: Query;
  matches: Matches;
  /** The simplified query actually searched, as text, when the query as typed had a literal in no paragraph. */
  simplified?: string;
}

/**
 * Whether some of the characters seems to occur nowhere in the corpus: no
 * bigram starts with it. Asked of the bigram index, whose engine a search has
 * already started, by Pagefind's prefix search (which may miss words in a
 * chunk it does not fetch): a wrong "unknown" only loads the converter, which
 * then leaves a simplified query as it is.
 */
async function hasUnknownCharacter(characters: readonly string[], lookUp: LookUp): Promise<boolean> {
  const found = await Promise.all(characters.map((character) => lookUp('bigram', character)));
  return found.some((documents) => documents.size === 0);
}

/**
 * Searches as typed. When a literal of the query is in no paragraph and has
 * a Chinese character the (simplified) corpus never uses, the query may be in
 * traditional characters: only then is the converter loaded, and the whole
 * query tried again in simplified (so that `恐怖主義 | 合作` and `合作 -極端主義`
 * convert too, though they find something as typed).
 */
export async function runSearch(query: Query, documents: readonly SearchDocument[], services: SearchServices): Promise<Outcome> {
  const matches = await findMatches(query, documents, services.lookUp);
  const suspects = hanCharacters(matches.unfound.join(''));
  if (suspects.length === 0 || !(await hasUnknownCharacter(suspects, services.lookUp))) return { query, matches };
  const text = formatQuery(query);
  const simplified = parseQuery((await services.loadSimplifier())(text));
  // The converter keeps the operators; a query it breaks is searched as typed.
  if (isQueryError(simplified) || formatQuery(simplified) === text) return { query, matches };
  return { query: simplified, matches: await findMatches(simplified, documents, services.lookUp), simplified: formatQuery(simplified) };
}
