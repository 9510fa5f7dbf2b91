// A concordance (KWIC, keyword in context): each occurrence of a query in the
// hits' texts as one line, left context | match | right context, the way
// AntConc and Sketch Engine show them. Built on Hit.ranges only, so it shows
// whatever the query marks (a term, a phrase, a wildcard's whole span).
import type { SearchDocument } from '../search/matches.ts';
import type { Hit } from '../search/results.ts';

/** Characters of context on each side in an export (the issue: up to 30 of the same paragraph). */
export const EXPORT_CONTEXT = 30;
/** On screen, fewer: the columns stay aligned on a wide screen, and a narrow one wraps them. */
export const VIEW_CONTEXT = 16;

/** One occurrence with its context, all of it from the same paragraph. */
export interface KwicLine {
  document: SearchDocument;
  /** The paragraph's number. */
  n: number;
  /** Where the match starts in the paragraph (UTF-16 offset). */
  at: number;
  left: string;
  match: string;
  right: string;
}

/** The lines of one hit, in reading order; `context` counts characters (code points), not UTF-16 units. */
export function kwicLines(hit: Hit, context: number): KwicLine[] {
  return hit.ranges.map(({ start, end }) => ({
    document: hit.document,
    n: hit.n,
    at: start,
    // At most two UTF-16 units a character: cut that much first, so a long paragraph is not split whole.
    left: Array.from(hit.text.slice(Math.max(0, start - 2 * context), start)).slice(-context).join(''),
    match: hit.text.slice(start, end),
    right: Array.from(hit.text.slice(end, end + 2 * context)).slice(0, context).join(''),
  }));
}

export const KWIC_SORTS = ['left', 'right', 'date'] as const;
export type KwicSort = (typeof KWIC_SORTS)[number];

/** How each order is named (the sort menu, the table's caption). */
export const SORT_LABELS: Record<KwicSort, string> = { date: '按日期', left: '按左侧语境', right: '按右侧语境' };

/** Characters of context a sort looks at: AntConc's L1–L3 / R1–R3. */
const SORT_DEPTH = 3;

// Made on first use: building a Chinese collator loads ICU's pinyin tables, which the date order never needs.
let collator: Intl.Collator | undefined;
const reversed = (text: string) => Array.from(text).reverse().join('');
const nearestLeft = (line: KwicLine) => reversed(Array.from(line.left).slice(-SORT_DEPTH).join(''));
const nearestRight = (line: KwicLine) => Array.from(line.right).slice(0, SORT_DEPTH).join('');

/** Date order, oldest first, of anything of a document (lines, matches); a stable sort keeps the rest of the order. */
export function compareByDate(a: { document: SearchDocument }, b: { document: SearchDocument }): number {
  return a.document.date.localeCompare(b.document.date);
}

/**
 * The lines in a sort's order. left: by the 1–3 characters before the match,
 * the nearest first (L1, then L2, L3), in pinyin order; right: by the 1–3
 * after it; date: the documents oldest first. Ties keep the given order (the
 * search's: a document's paragraphs and occurrences in reading order), after
 * the date for the context sorts, so each group of a context reads in time.
 */
export function sortLines(lines: readonly KwicLine[], sort: KwicSort): KwicLine[] {
  if (sort === 'date') return lines.toSorted(compareByDate);
  const key = sort === 'left' ? nearestLeft : nearestRight;
  const compare = (collator ??= new Intl.Collator('zh-CN')).compare;
  return lines.toSorted((a, b) => compare(key(a), key(b)) || compareByDate(a, b));
}

/** Lines with the same text (left, match and right), as one: the first of them, how many, in which years. */
export interface KwicGroup {
  line: KwicLine;
  count: number;
  /** The distinct years of the documents, ascending. */
  years: string[];
}

/** Identical lines collapsed into one, in the order of their first line. */
export function collapseLines(lines: readonly KwicLine[]): KwicGroup[] {
  const groups = new Map<string, { line: KwicLine; count: number; years: Set<string> }>();
  for (const line of lines) {
    const key = `${line.left}\u0000${line.match}\u0000${line.right}`;
    const group = groups.get(key) ?? { line, count: 0, years: new Set<string>() };
    group.count += 1;
    group.years.add(line.document.year);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ line, count, years }) => ({ line, count, years: [...years].sort() }));
}
