import { describe, expect, it } from 'vitest';
import { CHART, niceCeiling, SERIES_COLORS, SERIES_DASHES, trendChart } from '../../../src/lib/trends/chart.ts';
import { MAX_TERMS } from '../../../src/lib/trends/terms.ts';

const DATES = ['2001-06-15', '2011-06-15', '2017-06-09', '2017-06-09', '2024-07-04'];

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.3, 1, 1.2, 3, 7.5, 10, 42, 0.07].map(niceCeiling)).toEqual([1, 0.5, 1, 2, 5, 10, 10, 50, 0.1]);
  });
});

describe('trendChart', () => {
  const chart = trendChart(DATES, [[0, 2, 4, 1, 3], [1, 0, 0, 0, 0]], ['上海精神', '多极']);
  const { plot } = chart;

  it('places each document by its date on a time scale: the first at the left, the last at the right, same day same place', () => {
    const xs = chart.lines[0].points.map((point) => point.x);
    expect(xs[0]).toBe(plot.left);
    expect(xs[4]).toBe(plot.right);
    expect(xs[2]).toBe(xs[3]);
    const span = Date.parse('2024-07-04') - Date.parse('2001-06-15');
    expect(xs[1]).toBeCloseTo(plot.left + ((Date.parse('2011-06-15') - Date.parse('2001-06-15')) / span) * (plot.right - plot.left), 0);
  });

  it('draws values from 0 at the bottom to a round top, every document a point (none added for years without one)', () => {
    const ys = chart.lines[0].points.map((point) => point.y);
    expect(ys[0]).toBe(plot.bottom);
    // The largest value, 4, under a top of 5.
    expect(ys[2]).toBeCloseTo(plot.bottom - (4 / 5) * (plot.bottom - plot.top), 0);
    expect(chart.lines.map((line) => line.points.length)).toEqual([5, 5]);
    expect(chart.lines[0].path.split(/[ML]/).filter(Boolean)).toHaveLength(5);
  });

  it('labels each year once, at its first document, and the value axis at 0, half and the top', () => {
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(['2001', '2011', '2017', '2024']);
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(['0', '2.5', '5']);
  });

  it('puts a single date in the middle', () => {
    const single = trendChart(['2024-07-04'], [[3]], ['反恐']);
    expect(single.lines[0].points[0].x).toBe((single.plot.left + single.plot.right) / 2);
  });

  it('wraps the legend under the plot within the chart’s width, and grows the chart for it', () => {
    const labels = Array.from({ length: MAX_TERMS }, (_, i) => `构建人类命运共同体${i}`);
    const wide = trendChart(DATES, labels.map(() => [1, 1, 1, 1, 1]), labels);
    expect(wide.legend).toHaveLength(MAX_TERMS);
    for (const item of wide.legend) expect(item.x).toBeGreaterThanOrEqual(wide.plot.left);
    const rows = new Set(wide.legend.map((item) => item.y));
    expect(rows.size).toBeGreaterThan(1);
    expect(Math.min(...rows)).toBeGreaterThan(CHART.height - CHART.bottom);
    expect(wide.height).toBeGreaterThan(Math.max(...rows));
  });

  it('has a colour and a dash for each of the most terms a table holds', () => {
    expect(SERIES_COLORS.length).toBeGreaterThanOrEqual(MAX_TERMS);
    expect(new Set(SERIES_DASHES).size).toBeGreaterThanOrEqual(MAX_TERMS);
  });
});
