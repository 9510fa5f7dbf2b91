// A search from query to matches, with the engine injected (engine.ts in
// the browser, a fake in tests): no DOM here.
import { findMatches, type LookUp, type Matches, type SearchDocument } from './matches.ts';
import { hanCharacters, queryTerms } from './query.ts';

export interface SearchServices {
  lookUp: LookUp;
  /** Loads the traditional → simplified converter (simplify.ts). */
  loadSimplifier: () => Promise<(text: string) => string>;
}

export interface Outcome {
  terms: string[];
  matches: Matches;
  /** The simplified query actually searched, when the query as typed found nothing. */
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
 * Searches as typed. A query that finds nothing and has a Chinese character
 * the (simplified) corpus never uses may be in traditional characters: only
 * then is the converter loaded, and the query tried again in simplified.
 */
export async function runSearch(query: string, documents: readonly SearchDocument[], services: SearchServices): Promise<Outcome> {
  const terms = queryTerms(query);
  const matches = await findMatches(terms, documents, services.lookUp);
  if (matches.documents.length > 0 || !(await hasUnknownCharacter(hanCharacters(query), services.lookUp))) return { terms, matches };
  const simplified = (await services.loadSimplifier())(query);
  const simplifiedTerms = queryTerms(simplified);
  if (simplifiedTerms.join(' ') === terms.join(' ')) return { terms, matches };
  return { terms: simplifiedTerms, matches: await findMatches(simplifiedTerms, documents, services.lookUp), simplified };
}
