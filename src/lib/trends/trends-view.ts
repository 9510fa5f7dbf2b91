// Browser only: the DOM of the trends page (src/pages/trends.astro): the
// term columns of the documents table, the summary of first and last
// documents, and the chart as SVG. Built with createElement and text nodes,
// never innerHTML: terms stay text.
import { emptySelection } from '../search/facets.ts';
import { hitHref } from '../search/links.ts';
import { writeSearchState } from '../search/url-state.ts';
import { formatChineseDate } from '../date.ts';
import { paragraphLabel } from '../reading/citation.ts';
import { paragraphPath, SEARCH_PATH } from '../urls.ts';
import { CHART, LEGEND, SERIES_COLORS, SERIES_DASHES, type Chart } from './chart.ts';
import { perTenThousand, type Place, type TermCount, type TermSeries } from './series.ts';
import { h, svg, SVG_NAMESPACE, type Child } from '../element.ts';

/** The search for the term within one document (?doc=). */
export function documentSearchHref(term: string, slug: string): string {
  return `${SEARCH_PATH}${writeSearchState({ query: term, selection: emptySelection(), document: slug })}`;
}

/** A rate as the table shows it: two decimals. */
export function formatRate(occurrences: number, characters: number): string {
  return perTenThousand(occurrences, characters).toFixed(2);
}

const MEASURES = [
  { key: 'paragraphs', label: '段落' },
  { key: 'occurrences', label: '次数' },
  { key: 'rate', label: '每万字' },
] as const;

function countCell(term: string, count: TermCount, measure: (typeof MEASURES)[number]['key']): HTMLElement {
  const attributes = { 'data-term': term, 'data-measure': measure };
  if (measure === 'rate') return h('td', attributes, formatRate(count.occurrences, count.document.characters));
  const value = measure === 'paragraphs' ? count.paragraphs.length : count.occurrences;
  if (value === 0) return h('td', attributes, '0');
  const label = `${count.document.title}中“${term}”的${measure === 'paragraphs' ? `${value}个段落` : `${value}次出现`}`;
  return h('td', attributes, h('a', { href: documentSearchHref(term, count.document.slug), 'aria-label': label }, String(value)));
}

/**
 * Adds each term's columns (paragraphs, occurrences, per 10,000 characters)
 * to the documents table, whose rows (one per document, in the order of the
 * series' counts) and first columns the page already has.
 */
export function fillTable(table: HTMLTableElement, fixedColumns: number, all: readonly TermSeries[]): void {
  const head = table.tHead!;
  const [first] = head.rows;
  for (const cell of [...first.cells].slice(fixedColumns)) cell.remove();
  while (head.rows.length > 1) head.deleteRow(1);
  table.querySelectorAll('colgroup').forEach((group) => group.remove());
  for (const cell of [...first.cells]) cell.rowSpan = all.length > 0 ? 2 : 1;
  if (all.length > 0) {
    table.prepend(h('colgroup', { span: String(fixedColumns) }), ...all.map(() => h('colgroup', { span: String(MEASURES.length) })));
    first.append(...all.map(({ term }) => h('th', { scope: 'colgroup', colspan: String(MEASURES.length) }, term)));
    head.append(h('tr', {}, ...all.flatMap(() => MEASURES.map(({ label }) => h('th', { scope: 'col' }, label)))));
  }
  [...table.tBodies[0].rows].forEach((row, i) => {
    for (const cell of [...row.cells].slice(fixedColumns)) cell.remove();
    row.append(...all.flatMap(({ term, counts }) => MEASURES.map(({ key }) => countCell(term, counts[i], key))));
  });
}

function placeLink(term: string, place: Place | undefined): Child {
  if (!place) return '—';
  const { document, n } = place;
  return h('a', { href: hitHref(paragraphPath(document.slug, n), { kind: 'text', text: term }) }, `${formatChineseDate(document.date)} ${document.title} ${paragraphLabel(n)}`);
}

/** The summary: per term its totals and its first and last document, each linked to the paragraph. */
export function summaryTable(all: readonly TermSeries[]): HTMLElement {
  const total = (counts: readonly TermCount[], pick: (count: TermCount) => number) => counts.reduce((sum, count) => sum + pick(count), 0);
  return h(
    'table',
    { class: 'trends-summary' },
    h('caption', {}, '各提法合计，及首次和最后出现的文件'),
    h(
      'thead',
      {},
      h('tr', {}, ...['提法', '段落', '次数', '文件数', '首次出现', '最后出现'].map((label) => h('th', { scope: 'col' }, label))),
    ),
    h(
      'tbody',
      {},
      ...all.map(({ term, counts, first, last }) =>
        h(
          'tr',
          { 'data-term': term },
          h('th', { scope: 'row' }, term),
          h('td', {}, String(total(counts, (count) => count.paragraphs.length))),
          h('td', {}, String(total(counts, (count) => count.occurrences))),
          h('td', {}, String(counts.filter((count) => count.occurrences > 0).length)),
          h('td', { 'data-place': 'first' }, placeLink(term, first)),
          h('td', { 'data-place': 'last' }, placeLink(term, last)),
        ),
      ),
    ),
  );
}

/**
 * The chart as an <svg>. On the page ('page') colours follow the theme
 * (light-dark(), classes in trends.css); as a file ('file') everything is
 * spelled out in attributes, on white, so it opens anywhere alone.
 */
export function chartSvg(chart: Chart, title: string, mode: 'page' | 'file'): SVGElement {
  const file = mode === 'file';
  type Attributes = Record<string, string>;
  const ink: Attributes = file ? { fill: '#1f1d1a' } : {};
  const rule: Attributes = file ? { stroke: '#b9b2a5' } : {};
  const color = (index: number): Attributes => {
    const [light, dark] = SERIES_COLORS[index % SERIES_COLORS.length];
    return file ? { stroke: light } : { style: `stroke: light-dark(${light}, ${dark})` };
  };
  const dash = (index: number): Attributes => (SERIES_DASHES[index % SERIES_DASHES.length] ? { 'stroke-dasharray': SERIES_DASHES[index % SERIES_DASHES.length] } : {});
  const { plot } = chart;
  const many = chart.lines[0]?.points.length > 60;
  return svg(
    'svg',
    {
      class: 'trends-chart-svg',
      viewBox: `0 0 ${CHART.width} ${chart.height}`,
      ...(file
        ? { xmlns: SVG_NAMESPACE, width: CHART.width, height: chart.height, 'font-family': 'sans-serif', 'font-size': 12 }
        : { 'aria-hidden': 'true', focusable: 'false' }),
    },
    ...(file ? [svg('title', {}, title), svg('rect', { width: CHART.width, height: chart.height, fill: '#ffffff' })] : []),
    ...chart.yTicks.flatMap((tick) => [
      svg('line', { class: 'trends-grid', x1: plot.left, x2: plot.right, y1: tick.at, y2: tick.at, ...rule }),
      svg('text', { class: 'trends-axis-label', x: plot.left - 6, y: tick.at + 4, 'text-anchor': 'end', ...ink }, tick.label),
    ]),
    ...chart.xTicks.map((tick) => svg('text', { class: 'trends-axis-label', x: tick.at, y: plot.bottom + 20, 'text-anchor': 'middle', ...ink }, tick.label)),
    ...chart.lines.flatMap((line) => [
      svg('path', { class: 'trends-line', d: line.path, fill: 'none', 'stroke-width': 2, ...color(line.index), ...dash(line.index) }),
      ...(many ? [] : line.points.map((point) => svg('circle', { class: 'trends-point', cx: point.x, cy: point.y, r: 3, ...color(line.index), ...(file ? { fill: '#ffffff' } : ({} as Attributes)) }))),
    ]),
    ...chart.legend.flatMap((item) => [
      svg('line', { x1: item.x, x2: item.x + LEGEND.swatch, y1: item.y, y2: item.y, 'stroke-width': 3, ...color(item.index), ...dash(item.index) }),
      svg('text', { class: 'trends-legend-label', x: item.x + LEGEND.swatch + 6, y: item.y + 4, ...ink }, item.label),
    ]),
  );
}
