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
  // Widening can remove the last half-width neighbour of a space ("日 ,比"),
  // so spacing runs once more over the final characters.
  normalizeSpacing,
];

export function normalizeInline(text: string): string {
  return STEPS.reduce((current, step) => step(current), text);
}
