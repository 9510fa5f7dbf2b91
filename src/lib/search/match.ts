import { GAP_MAX, GAP_MIN, SENTENCE_ENDS, type GapQuery, type Leaf, type Query } from '../query/parse.ts';
import { positiveLeaves } from '../query/terms.ts';
import { foldText } from './fold.ts';

/** A half-open span [start, end) of UTF-16 offsets in a text. */
export interface Range {
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a gap query matches a folded text: left to right, each span the
 * shortest from an occurrence of `before` (spans do not overlap), as the
 * regular expression before[^。！？；]{1,10}?after finds them.
 */
export function gapRanges(folded: string, { before, after }: GapQuery): Range[] {
  const pattern = new RegExp(`${escapeRegExp(before)}[^${SENTENCE_ENDS}]{${GAP_MIN},${GAP_MAX}}?${escapeRegExp(after)}`, 'gu');
  return [...folded.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function textRanges(folded: string, text: string): Range[] {
  const ranges: Range[] = [];
  for (let at = folded.indexOf(text); at >= 0; at = folded.indexOf(text, at + 1)) ranges.push({ start: at, end: at + text.length });
  return ranges;
}

function leafRanges(folded: string, leaf: Leaf): Range[] {
  return leaf.kind === 'text' ? textRanges(folded, leaf.text) : gapRanges(folded, leaf);
}

/** Every occurrence in `text` of the leaves (texts and gaps, folded), merged into sorted, disjoint ranges. */
export function occurrenceRanges(text: string, leaves: readonly Leaf[]): Range[] {
  const folded = foldText(text);
  return mergeRanges(leaves.flatMap((leaf) => leafRanges(folded, leaf)));
}

function holds(folded: string, query: Query): boolean {
  switch (query.kind) {
    case 'text':
      return folded.includes(query.text);
    case 'gap':
      return gapRanges(folded, query).length > 0;
    case 'not':
      return !holds(folded, query.item);
    case 'and':
      return query.items.length > 0 && query.items.every((item) => holds(folded, item));
    case 'or':
      return query.items.some((item) => holds(folded, item));
  }
}

/**
 * The check that makes a hit exact: the text satisfies the query. Returns
 * where its positive texts and gaps are (every occurrence of each, whichever
 * alternative of an OR matched; nothing for an excluded one), or null when
 * the text does not match.
 */
export function matchRanges(text: string, query: Query): Range[] | null {
  if (!holds(foldText(text), query)) return null;
  return occurrenceRanges(text, positiveLeaves(query));
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The text cut at the ranges: the pieces to render, marked or not. */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
