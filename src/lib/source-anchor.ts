/**
 * The line anchor of a source view (/{slug}/source/): line N of the seed is
 * the element `#LN`, a run of lines is `#LN-LM` (GitHub's form, which
 * readers already know). The one place that builds and reads them, as
 * anchor.ts is for paragraphs.
 */
import { decodeFragment, rangeBetween } from './anchor.ts';

/** A run of source lines, inclusive, from ≤ to. */
export interface LineRange {
  from: number;
  to: number;
}

// "L33", "L33-L35"; "L33-35" is accepted too, as for paragraphs.
const LINE_ANCHOR = /^L(\d+)(?:-L?(\d+))?$/;

/** The element id of source line n: "L33". */
export function lineId(n: number): string {
  return `L${n}`;
}

/** "#L33" or "#L33-L35". */
export function formatLineHash(target: number | LineRange): string {
  const { from, to } = typeof target === 'number' ? { from: target, to: target } : target;
  return from === to ? `#${lineId(from)}` : `#${lineId(from)}-${lineId(to)}`;
}

/** The run a hash names within a source of `count` lines, in order; undefined when it names no line of it. */
export function parseLineHash(hash: string, count: number): LineRange | undefined {
  const match = LINE_ANCHOR.exec(decodeFragment(hash));
  if (!match) return undefined;
  const range = rangeBetween(Number(match[1]), Number(match[2] ?? match[1]));
  return range.from >= 1 && range.to <= count ? range : undefined;
}

/** "第33行" or "第33—35行". */
export function lineLabel({ from, to }: LineRange): string {
  return from === to ? `第${from}行` : `第${from}—${to}行`;
}
