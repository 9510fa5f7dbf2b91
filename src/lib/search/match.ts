import { foldText } from './fold.ts';

/** A half-open span [start, end) of UTF-16 offsets in a text. */
export interface Range {
  start: number;
  end: number;
}

/** Every occurrence of every term (terms already folded), merged into sorted, disjoint ranges. */
export function termRanges(text: string, terms: readonly string[]): Range[] {
  const folded = foldText(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      ranges.push({ start: at, end: at + term.length });
    }
  }
  return mergeRanges(ranges);
}

/**
 * The check that makes a hit exact: the text contains every term as a
 * contiguous string. Returns where the terms are, or null when one is missing.
 */
export function matchRanges(text: string, terms: readonly string[]): Range[] | null {
  const folded = foldText(text);
  if (terms.length === 0 || !terms.every((term) => folded.includes(term))) return null;
  return termRanges(text, terms);
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
