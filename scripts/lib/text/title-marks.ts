import { INNER_TITLE_CLOSE, INNER_TITLE_OPEN, mapTitles } from '../../../src/lib/instruments/titles.ts';

/**
 * A title inside 《》 is marked with 〈〉: 《<…>落实行动计划》 → 《〈…〉落实行动计划》.
 * Only angle brackets inside a 《…》 span (src/lib/instruments/titles.ts finds them) change; elsewhere < and > are text.
 */
export function nestTitleMarks(text: string): string {
  return mapTitles(text, (title) => title.replace(/</g, INNER_TITLE_OPEN).replace(/>/g, INNER_TITLE_CLOSE));
}
