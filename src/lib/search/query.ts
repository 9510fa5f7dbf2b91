import { foldText } from './fold.ts';
import { isWordCharacter } from './tokens.ts';

/**
 * The terms of a query, each folded (see foldText): white space (the
 * full-width space too) separates terms, so stray spaces do not matter. A term
 * without any word character (only punctuation) is dropped: it cannot be
 * looked up in the index.
 */
export function queryTerms(query: string): string[] {
  const terms = foldText(query)
    .split(/\s+/u)
    .filter((term) => Array.from(term).some(isWordCharacter));
  return [...new Set(terms)];
}

/** The distinct Chinese characters of a query: the only ones traditional → simplified conversion can change. */
export function hanCharacters(query: string): string[] {
  return [...new Set(query.match(/\p{Script=Han}/gu))];
}
