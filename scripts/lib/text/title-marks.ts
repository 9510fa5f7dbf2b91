/**
 * A title inside 《》 is marked with 〈〉: 《<…>落实行动计划》 → 《〈…〉落实行动计划》.
 * Only angle brackets inside a 《…》 span change; elsewhere < and > are text.
 */
export function nestTitleMarks(text: string): string {
  return text.replace(/《[^《》]*》/g, (title) => title.replace(/</g, '〈').replace(/>/g, '〉'));
}
