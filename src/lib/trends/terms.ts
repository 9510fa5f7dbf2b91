import { foldText } from '../search/fold.ts';
import { planTerm } from '../search/positions.ts';
import { isWordCharacter } from '../search/tokens.ts';
import { TRENDS_TERM_PARAM } from '../urls.ts';

/** How many terms one table compares (the issue's bound: ten searches' worth of index). */
export const MAX_TERMS = 10;

export interface TrendTerms {
  /** Folded as search folds a query's texts (foldText), distinct, at most MAX_TERMS. */
  terms: string[];
  /** One line per term left out, naming it and saying why. */
  problems: string[];
}

/**
 * The terms of the trends page's address (?t=…&t=…). A value with spaces
 * gives several terms (the plain form has one box); a term is a string, not a
 * query: no operators, and one of only punctuation is dropped. Counts come from the index
 * alone, which holds no punctuation: a term with punctuation could only be
 * counted by fetching texts, so it is named and left out.
 */
export function readTrendTerms(search: string): TrendTerms {
  const problems: string[] = [];
  const values = new URLSearchParams(search).getAll(TRENDS_TERM_PARAM).flatMap((value) => foldText(value).split(/\s+/u));
  const terms = [...new Set(values.filter((term) => Array.from(term).some(isWordCharacter)))].filter((term) => {
    if (planTerm(term).exact) return true;
    problems.push(`“${term}”含标点，无法只凭索引计数：请去掉标点，或拆成几个提法。`);
    return false;
  });
  if (terms.length > MAX_TERMS) problems.push(`最多比较 ${MAX_TERMS} 个提法，未计入：${terms.slice(MAX_TERMS).join('、')}。`);
  return { terms: terms.slice(0, MAX_TERMS), problems };
}
