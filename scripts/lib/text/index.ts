import type { InlineChangeName } from '../../../src/content/source-file.ts';
import { nestTitleMarks } from './title-marks.ts';
import { expandParenthesizedNumerals } from './enumerators.ts';
import { widenParentheses, widenPunctuation } from './punctuation.ts';
import { cornerBracketsToQuotes, pairStraightQuotes } from './quotes.ts';
import { normalizeSpacing } from './spacing.ts';

/** What an inline rule does, as the per-paragraph note names it (the names are the source file's, src/content/source-file.ts). */
export type InlineChange = InlineChangeName;

/**
 * The inline rules, in the order they must run: spacing first (so context
 * checks see neighbours, not spaces), then punctuation, quotes and marks.
 * Every step is idempotent, so the whole chain is too.
 */
const STEPS: ReadonlyArray<{ change: InlineChange | 'settle'; step: (text: string) => string }> = [
  { change: 'spaces', step: normalizeSpacing },
  { change: 'punctuation', step: widenParentheses },
  { change: 'punctuation', step: widenPunctuation },
  { change: 'quotes', step: pairStraightQuotes },
  { change: 'quotes', step: cornerBracketsToQuotes },
  { change: 'title-marks', step: nestTitleMarks },
  { change: 'enumerators', step: expandParenthesizedNumerals },
  { change: 'settle', step: settleSpacing },
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
  return traceInline(text).text;
}

/** The normalized text and which rules changed something in it (in rule order, each once). */
export function traceInline(text: string): { text: string; changes: InlineChange[] } {
  const changes = new Set<InlineChange>();
  let current = text;
  for (const { change, step } of STEPS) {
    const next = step(current);
    if (next !== current) {
      // Settling only ever drops spaces (the text gets shorter) and widens marks an earlier drop exposed.
      if (change === 'settle') {
        if (next.length !== current.length) changes.add('spaces');
        if (halfWidthMarks(next) !== halfWidthMarks(current)) changes.add('punctuation');
      } else changes.add(change);
    }
    current = next;
  }
  return { text: current, changes: [...changes] };
}

const halfWidthMarks = (text: string) => text.replace(/[^,;:!?]/g, '').length;
