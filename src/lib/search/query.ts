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

const HAN = /\p{Script=Han}/u;

/** Whether converting traditional characters to simplified could change the query at all. */
export function hasHan(query: string): boolean {
  return HAN.test(query);
}
