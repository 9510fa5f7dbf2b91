// The "pattern frequency" of a gap query (CCL and BCC call it so): what
// fills the gap of A*B in the paragraphs that match, how often, and since
// when. Pure: the texts come from the caller (search-page.ts).
import type { GapQuery } from '../query/parse.ts';
import { foldText } from './fold.ts';
import { gapRanges } from './match.ts';

/**
 * The text files (PARAGRAPHS_PER_TEXT_FILE paragraphs each, about 2.6 KB
 * gzip) the table reads at most: at 1,000 documents a common gap has
 * thousands of candidate paragraphs; past this the table says it counts
 * only the first ones (in the order of the hits), so a query stays well
 * under 1 MB.
 */
export const FILLER_FILES = 60;

/** The first references (in order) whose paragraphs lie in at most `files` distinct files, as `fileOf` names them. */
export function withinFiles<T>(refs: readonly T[], fileOf: (ref: T) => string, files = FILLER_FILES): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const ref of refs) {
    const file = fileOf(ref);
    if (!seen.has(file)) {
      if (seen.size === files) break;
      seen.add(file);
    }
    kept.push(ref);
  }
  return kept;
}

export interface FillerRow {
  /** What stands between the two sides, as in the first text it was found in. */
  filler: string;
  /** The whole span (side, filler, side): the exact string to search for. */
  span: string;
  count: number;
  firstYear: string;
}

/** The distinct fillers of the gap in the texts, most frequent first (then earliest, then by text). */
export function fillerRows(texts: readonly { text: string; year: string }[], gap: GapQuery): FillerRow[] {
  const rows = new Map<string, FillerRow>();
  for (const { text, year } of texts) {
    for (const { start, end } of gapRanges(foldText(text), gap)) {
      const span = text.slice(start, end);
      const key = foldText(span);
      const row = rows.get(key);
      if (row) {
        row.count += 1;
        if (year < row.firstYear) row.firstYear = year;
      } else {
        rows.set(key, { filler: text.slice(start + gap.before.length, end - gap.after.length), span, count: 1, firstYear: year });
      }
    }
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || a.firstYear.localeCompare(b.firstYear) || a.filler.localeCompare(b.filler));
}
