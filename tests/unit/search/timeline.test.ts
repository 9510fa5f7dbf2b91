import { describe, expect, it } from 'vitest';
import { TIMELINE, timelineBars } from '../../../src/lib/search/timeline.ts';

describe('timelineBars', () => {
  const bars = timelineBars(['2024', '2011', '2017'], new Map([['2011', 10], ['2024', 1]]));

  it('has a bar per year of the corpus, in order, a year without hits drawn flat', () => {
    expect(bars.map((bar) => [bar.year, bar.count])).toEqual([
      ['2011', 10],
      ['2017', 0],
      ['2024', 1],
    ]);
    expect(bars[1].height).toBe(0);
  });

  it('scales bars to the largest count, never flattening a year with hits', () => {
    expect(bars[0].height).toBe(TIMELINE.height);
    expect(bars[0].y).toBe(0);
    expect(bars[2].height).toBeGreaterThanOrEqual(2);
    expect(bars[2].y + bars[2].height).toBe(TIMELINE.height);
  });

  it('lays the bars side by side within the width', () => {
    expect(bars.map((bar) => bar.x)).toEqual([0, TIMELINE.width / 3, (2 * TIMELINE.width) / 3]);
    expect(bars.every((bar) => bar.x + bar.width <= TIMELINE.width)).toBe(true);
  });
});
