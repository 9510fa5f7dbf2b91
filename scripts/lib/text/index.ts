import { nestTitleMarks } from './title-marks.ts';
import { expandParenthesizedNumerals } from './enumerators.ts';
import { widenParentheses, widenPunctuation } from './punctuation.ts';
import { cornerBracketsToQuotes, pairStraightQuotes } from './quotes.ts';
import { normalizeSpacing } from './spacing.ts';

/**
 * The inline rules, in the order they must run: spacing first (so context
 * checks see neighbours, not spaces), then punctuation, quotes and marks.
 * Every step is idempotent, so the whole chain is too.
 */
const STEPS: ReadonlyArray<(text: string) => string> = [
  normalizeSpacing,
  widenParentheses,
  widenPunctuation,
  pairStraightQuotes,
  cornerBracketsToQuotes,
  nestTitleMarks,
  expandParenthesizedNumerals,
  settleSpacing,
];

/**
 * Dropping a space can bring a half-width mark next to a CJK character
 * ("? ，" → "?，"), and widening that mark can make another space droppable:
 * repeat both until neither changes anything.
 */
function settleSpacing(text: string): string {
  const next = normalizeSpacing(widenPunctuation(text));
  return next === text ? text : settleSpacing(next);
}

export function normalizeInline(text: string): string {
  return STEPS.reduce((current, step) => step(current), text);
}
