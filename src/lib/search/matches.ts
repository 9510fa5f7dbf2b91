import type { Query } from '../query/parse.ts';
import { leafTexts, queryLeaves } from '../query/terms.ts';
import { intersectSorted, planTerm, termParagraphs, type TermPlan } from './positions.ts';
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
   * False when the query has punctuation or a gap: the index cannot see
   * them, so the paragraphs are candidates, each to be checked against its
   * text (a superset of the matches, never missing one).
   */
  exact: boolean;
}

/** The numbers in any of the lists (each ascending), ascending. */
export function unionSorted(lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** The numbers of `list` not in `removed` (both ascending). */
export function differenceSorted(list: readonly number[], removed: readonly number[]): number[] {
  const set = new Set(removed);
  return list.filter((n) => !set.has(n));
}

/** Whether the index alone decides the query: every literal one run of word characters, no gap, so no text need be checked. */
export function isExactQuery(query: Query, plans: ReadonlyMap<string, TermPlan>): boolean {
  switch (query.kind) {
    case 'text':
      return plans.get(query.text)!.exact;
    case 'gap':
      return false;
    case 'not':
      return isExactQuery(query.item, plans);
    case 'and':
    case 'or':
      return query.items.every((item) => isExactQuery(item, plans));
  }
}

/**
 * The paragraphs that match the query (or, when it is not exact, the
 * candidates: every match and maybe more), found from the index alone: no
 * paragraph text is fetched. AND intersects, OR unites, NOT removes (only an
 * exact set: removing candidates could remove a match); a gap's candidates
 * hold both its sides. `documents` is in rank order; `onMatch` hears of each
 * document's match as soon as it is found, in that order.
 */
export async function findMatches(query: Query, documents: readonly SearchDocument[], lookUp: LookUp, onMatch?: (match: DocumentMatch) => void): Promise<Matches> {
  const texts = leafTexts(queryLeaves(query));
  const plans = new Map(texts.map((text) => [text, planTerm(text)]));
  const words = new Map<string, Promise<WordPositions>>();
  const positions = (kind: IndexKind, word: string) => {
    const key = `${kind}:${word}`;
    if (!words.has(key)) words.set(key, lookUp(kind, word));
    return words.get(key)!;
  };
  const found = new Map(await Promise.all(texts.map(async (text) => [text, await Promise.all(plans.get(text)!.words.map(({ kind, word }) => positions(kind, word)))] as const)));
  const matches: DocumentMatch[] = [];
  for (const document of documents) {
    const cache = new Map<string, number[]>();
    /** The paragraphs of a literal in this document; null for one without word characters (a gap's punctuation side: no constraint). */
    const paragraphsOf = (text: string): number[] | null => {
      const plan = plans.get(text)!;
      if (plan.words.length === 0) return null;
      let paragraphs = cache.get(text);
      if (!paragraphs) {
        const sets = found.get(text)!.map((byDocument) => byDocument.get(document.slug));
        paragraphs = sets.some((set) => !set) ? [] : termParagraphs(plan, sets as (readonly number[])[], document.layout);
        cache.set(text, paragraphs);
      }
      return paragraphs;
    };
    const evaluate = (node: Query): number[] => {
      switch (node.kind) {
        case 'text':
          return paragraphsOf(node.text) ?? [];
        case 'gap':
          return intersectSorted([node.before, node.after].map(paragraphsOf).filter((list) => list !== null));
        case 'or':
          return unionSorted(node.items.map(evaluate));
        case 'and': {
          const kept = intersectSorted(node.items.filter((item) => item.kind !== 'not').map(evaluate));
          return node.items.reduce(
            (list, item) => (item.kind === 'not' && list.length > 0 && isExactQuery(item.item, plans) ? differenceSorted(list, evaluate(item.item)) : list),
            kept,
          );
        }
        case 'not':
          // Only inside an AND (parseQuery sees to it), which handles it.
          return [];
      }
    };
    const paragraphs = evaluate(query);
    if (paragraphs.length > 0) {
      const match = { document, paragraphs };
      matches.push(match);
      onMatch?.(match);
    }
  }
  return { documents: matches, exact: isExactQuery(query, plans) };
}
