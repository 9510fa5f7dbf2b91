/**
 * The line anchor of a source view (/{slug}/source/): line N of the seed is
 * the element `#LN`, a run of lines is `#LN-LM` (GitHub's form, which
 * readers already know). The one place that builds and reads them, as
 * anchor.ts is for paragraphs.
 */
import { decodeFragment, numberedAnchors, runLabel, type NumberRange } from './anchor.ts';

/** A run of source lines, inclusive, from ≤ to. */
export type LineRange = NumberRange;

const lineAnchors = numberedAnchors('L');

/** The element id of source line n: "L33". */
export const lineId = lineAnchors.id;

/** "#L33" or "#L33-L35". */
export const formatLineHash = lineAnchors.hash;

/** The run a hash names within a source of `count` lines, in order; undefined when it names no line of it. */
export function parseLineHash(hash: string, count: number): LineRange | undefined {
  const range = lineAnchors.parse(decodeFragment(hash));
  return range && range.from >= 1 && range.to <= count ? range : undefined;
}

/** "第33行" or "第33—35行". */
export function lineLabel(target: number | LineRange): string {
  return runLabel(target, '行');
}
