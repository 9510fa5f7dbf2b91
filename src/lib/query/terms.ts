// The literals of a query: what the index is asked for and what a text is
// marked with.
import { EMPTY_QUERY, type Leaf, type Query } from './parse.ts';

/** Every text and gap of the query, excluded ones too (each is looked up in the index), without repeats. */
export function queryLeaves(query: Query): Leaf[] {
  return distinct(leaves(query, true));
}

/** The texts and gaps a matching paragraph is marked with: all but the excluded ones. */
export function positiveLeaves(query: Query): Leaf[] {
  return distinct(leaves(query, false));
}

/** What ?hl= carries to a hit's page: the positive leaves, any of them (formatQuery it). */
export function highlightQuery(query: Query): Query {
  const items = positiveLeaves(query);
  if (items.length === 0) return EMPTY_QUERY;
  return items.length === 1 ? items[0] : { kind: 'or', items };
}

/** The literal strings of the leaves (a gap's two sides apart): what planTerm looks up. */
export function leafTexts(leaves: readonly Leaf[]): string[] {
  return [...new Set(leaves.flatMap((leaf) => (leaf.kind === 'text' ? [leaf.text] : [leaf.before, leaf.after])))];
}

/** The distinct Chinese characters of a text: the only ones traditional → simplified conversion can change. */
export function hanCharacters(text: string): string[] {
  return [...new Set(text.match(/\p{Script=Han}/gu))];
}

function leaves(query: Query, excluded: boolean): Leaf[] {
  switch (query.kind) {
    case 'text':
    case 'gap':
      return [query];
    case 'not':
      return excluded ? leaves(query.item, excluded) : [];
    case 'and':
    case 'or':
      return query.items.flatMap((item) => leaves(item, excluded));
  }
}

function distinct(list: readonly Leaf[]): Leaf[] {
  const seen = new Set<string>();
  return list.filter((leaf) => {
    const key = JSON.stringify(leaf);
    return !seen.has(key) && seen.add(key);
  });
}
