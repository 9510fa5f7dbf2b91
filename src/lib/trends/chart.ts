// The trends chart as geometry (no DOM): one line per term over the
// documents' dates, each point a document (a year without a document has no
// point, rather than a 0). Drawn by hand: a few lines and labels need no
// chart library, and the page's table is what screen readers read.
import { yearOf } from '../date.ts';

export const CHART = { width: 640, height: 260, top: 16, right: 28, bottom: 32, left: 48 } as const;
/** The legend under the plot: rows of swatches and terms, wrapped to the chart's width. */
export const LEGEND = { row: 22, swatch: 28, gap: 20, character: 14 } as const;
/** Year labels closer than this (viewBox units) to the previous one are left out. */
const LABEL_SPACING = 36;

/**
 * One colour per series (light, dark), told apart without colour too by the
 * dash of its line (see SERIES_DASHES). The light colours are Okabe–Ito's
 * colour-blind safe set on white; the dark ones, lighter, on the dark paper.
 */
export const SERIES_COLORS: readonly (readonly [light: string, dark: string])[] = [
  ['#0072b2', '#6cb6ff'],
  ['#d55e00', '#ff9e5e'],
  ['#009e73', '#4fd6a8'],
  ['#cc79a7', '#f0a6cf'],
  ['#8a6d00', '#f0e442'],
  ['#56707f', '#9fc3d6'],
  ['#000000', '#e4e1da'],
  ['#a23b2a', '#ff8a7a'],
  ['#5e3c99', '#b39ddb'],
  ['#2e6b30', '#8bc34a'],
];
export const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '10 4', '4 4', '1 2', '12 3 3 3', '6 2 2 2 2 2', '3 6'];

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
}

export interface ChartLine {
  /** The series' index: its colour and dash. */
  index: number;
  points: ChartPoint[];
  /** The SVG path of the line through the points, left to right. */
  path: string;
}

export interface Tick {
  /** x for a date, y for a value. */
  at: number;
  label: string;
}

export interface LegendItem {
  index: number;
  label: string;
  /** Where its swatch starts, on the row's middle line. */
  x: number;
  y: number;
}

export interface Chart {
  /** The viewBox's height: the plot, then the legend's rows. */
  height: number;
  lines: ChartLine[];
  legend: LegendItem[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** The plot area, in viewBox units. */
  plot: { left: number; top: number; right: number; bottom: number };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The smallest 1, 2 or 5 × 10^k at or above `value` (1 for nothing): the top of the value axis. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= value * (1 - 1e-9))!;
}

/** A tick label with no more decimals than it needs ("0", "2.5", "0.25"). */
function tickLabel(value: number): string {
  return String(Number(value.toPrecision(3)));
}

/**
 * The chart of `values` (per series, one value per document, in the order
 * of `dates`, "YYYY-MM-DD" in date order), each series named by its label:
 * x by date on a time scale (a single date in the middle), y from 0 to a
 * round top. Year ticks at each year's first document.
 */
export function trendChart(dates: readonly string[], values: readonly (readonly number[])[], labels: readonly string[]): Chart {
  const plot = { left: CHART.left, top: CHART.top, right: CHART.width - CHART.right, bottom: CHART.height - CHART.bottom };
  const times = dates.map((date) => Date.parse(`${date}T00:00:00Z`));
  const [start, end] = [Math.min(...times), Math.max(...times)];
  const x = (time: number) => round(end > start ? plot.left + ((time - start) / (end - start)) * (plot.right - plot.left) : (plot.left + plot.right) / 2);
  const top = niceCeiling(Math.max(0, ...values.flat()));
  const y = (value: number) => round(plot.bottom - (value / top) * (plot.bottom - plot.top));
  const lines = values.map((series, index) => {
    const points = series.map((value, i) => ({ x: x(times[i]), y: y(value), value }));
    return { index, points, path: points.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ') };
  });
  const xTicks: Tick[] = [];
  dates.forEach((date, i) => {
    const label = String(yearOf(date));
    const at = x(times[i]);
    const previous = xTicks.at(-1);
    if (previous?.label === label || (previous && at - previous.at < LABEL_SPACING)) return;
    xTicks.push({ at, label });
  });
  const yTicks = [0, 0.5, 1].map((share) => ({ at: y(top * share), label: tickLabel(top * share) }));
  // Legend items run left to right and wrap; a label's width is estimated (a CJK character is about 1 em).
  const legend: LegendItem[] = [];
  let at = plot.left;
  let row = 0;
  labels.forEach((label, index) => {
    const width = LEGEND.swatch + 6 + Array.from(label).length * LEGEND.character;
    if (at > plot.left && at + width > plot.right) {
      at = plot.left;
      row += 1;
    }
    legend.push({ index, label, x: at, y: CHART.height + row * LEGEND.row + LEGEND.row / 2 });
    at += width + LEGEND.gap;
  });
  const height = CHART.height + (labels.length > 0 ? (row + 1) * LEGEND.row : 0);
  return { height, lines, legend, xTicks, yTicks, plot };
}
