/** One bar of "the term over time": hits in a year, drawn in a viewBox of TIMELINE's size. */
export interface Bar {
  year: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const TIMELINE = { width: 600, height: 60, gap: 2 } as const;

/**
 * The bars for every year of the corpus (ascending, years without a hit
 * included, so that gaps show), as tall as their counts against the largest;
 * a year with hits is never drawn flat.
 */
export function timelineBars(years: readonly string[], counts: ReadonlyMap<string, number>): Bar[] {
  const sorted = [...years].sort();
  const largest = Math.max(1, ...sorted.map((year) => counts.get(year) ?? 0));
  const width = TIMELINE.width / Math.max(1, sorted.length);
  return sorted.map((year, i) => {
    const count = counts.get(year) ?? 0;
    const height = count === 0 ? 0 : Math.max(2, (count / largest) * TIMELINE.height);
    return { year, count, x: i * width, y: TIMELINE.height - height, width: Math.max(1, width - TIMELINE.gap), height };
  });
}
