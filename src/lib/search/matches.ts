import { intersectSorted, planTerm, termParagraphs } from './positions.ts';
import type { IndexKind, Layout } from './tokens.ts';
import type { WordPositions } from './engine.ts';

/** What search needs to know of a document (the search page lists them all, in rank order). */
export interface SearchDocument {
  slug: string;
  title: string;
  /** "YYYY-MM-DD" */
  date: string;
  year: string;
  kind: string;
  council: string;
  /** Where its paragraphs sit in the index (see documentLayout in tokens.ts). */
  layout: Layout;
}

/** Looks up an index word (engine.ts in the browser; a fake in tests). */
export type LookUp = (kind: IndexKind, word: string) => Promise<WordPositions>;

/** The paragraphs of one document that hold every term, ascending. */
export interface DocumentMatch {
  document: SearchDocument;
  paragraphs: number[];
}

export interface Matches {
  /** Per document in rank order, only those with at least one paragraph. */
  documents: DocumentMatch[];
  /**
   * False when a term has punctuation: the index cannot see it, so the
   * paragraphs are candidates, each to be checked against its text.
   */
  exact: boolean;
}

/**
 * The paragraphs holding every term (folded, see queryTerms), found from the
 * index alone: no paragraph text is fetched. `documents` is in rank order.
 */
export async function findMatches(terms: readonly string[], documents: readonly SearchDocument[], lookUp: LookUp): Promise<Matches> {
  const plans = terms.map(planTerm);
  const words = new Map<string, Promise<WordPositions>>();
  const positions = (kind: IndexKind, word: string) => {
    const key = `${kind}:${word}`;
    if (!words.has(key)) words.set(key, lookUp(kind, word));
    return words.get(key)!;
  };
  const found = await Promise.all(plans.map((plan) => Promise.all(plan.words.map(({ kind, word }) => positions(kind, word)))));
  const matches: DocumentMatch[] = [];
  for (const document of documents) {
    const perTerm: number[][] = [];
    for (const [t, plan] of plans.entries()) {
      const sets = found[t].map((byDocument) => byDocument.get(document.slug));
      if (sets.some((set) => !set)) break;
      perTerm.push(termParagraphs(plan, sets as Set<number>[], document.layout));
    }
    if (perTerm.length < plans.length || plans.length === 0) continue;
    const paragraphs = intersectSorted(perTerm);
    if (paragraphs.length > 0) matches.push({ document, paragraphs });
  }
  return { documents: matches, exact: plans.every((plan) => plan.exact) };
}
