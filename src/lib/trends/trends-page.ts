// Browser only: the trends page's wiring (src/pages/trends.astro). The
// address holds the terms (?t=…, terms.ts); the counts come from the search
// index (series.ts), the DOM from trends-view.ts. The page's table already
// lists every document in date order, with what search needs of each.
import { csv } from '../data/formats.ts';
import { requireElement } from '../element.ts';
import { wordPositions } from '../search/engine.ts';
import { indexPages } from '../search/index-pages.ts';
import { compareDocuments } from '../search/order.ts';
import { loadSimplifier } from '../search/simplify.ts';
import { readListedDocument } from '../search/listed-documents.ts';
import type { IndexKind } from '../search/tokens.ts';
import { trendChart } from './chart.ts';
import { perTenThousand, TREND_COLUMNS, trendRows, trendSeries, type TermSeries, type TrendDocument } from './series.ts';
import { readTrendTerms } from './terms.ts';
import { trendsUrl } from '../urls.ts';
import { chartSvg, fillTable, summaryTable } from './trends-view.ts';

const input = requireElement('trends-terms', HTMLInputElement);
const status = requireElement('trends-status');
const result = requireElement('trends-result');
const summary = requireElement('trends-summary');
const figure = requireElement('trends-chart');
const table = requireElement('trends-table', HTMLTableElement);
const tableSection = requireElement('trends-documents');
const csvButton = requireElement('trends-csv', HTMLButtonElement);
const svgButton = requireElement('trends-svg', HTMLButtonElement);
/** The columns the page gives every row (title, date, kind, council, characters). */
const FIXED_COLUMNS = table.tHead!.rows[0].cells.length;

/** Every document, in date order (the table's rows). */
const documents: TrendDocument[] = [...table.tBodies[0].rows].map((row) => ({ ...readListedDocument(row), characters: Number(row.dataset.characters ?? 0) }));
// The index holds the documents in rank order (search/order.ts), sixteen to a page.
const pages = indexPages(documents.toSorted(compareDocuments));
const services = {
  lookUp: (kind: IndexKind, word: string) => wordPositions(kind, word, pages),
  loadSimplifier,
};

function download(name: string, type: string, content: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

const CHART_TITLE = '各提法每万字出现次数（按文件日期）';

function show(all: TermSeries[], problems: readonly string[]): void {
  const notes = all.flatMap(({ term, typed }) => (typed ? [`“${typed}”已按简体“${term}”统计。`] : []));
  fillTable(table, FIXED_COLUMNS, all);
  summary.replaceChildren(summaryTable(all));
  const chart = trendChart(
    documents.map((document) => document.date),
    all.map(({ counts }) => counts.map((count) => perTenThousand(count.occurrences, count.document.characters))),
    all.map(({ term }) => term),
  );
  figure.querySelector('svg')?.remove();
  figure.append(chartSvg(chart, CHART_TITLE, 'page'));
  const name = `trends-${all.map(({ term }) => term).join('-')}`;
  csvButton.onclick = () => download(`${name}.csv`, 'text/csv;charset=utf-8', csv(trendRows(all), TREND_COLUMNS));
  svgButton.onclick = () => download(`${name}.svg`, 'image/svg+xml', new XMLSerializer().serializeToString(chartSvg(chart, CHART_TITLE, 'file')));
  result.hidden = false;
  tableSection.hidden = false;
  result.dataset.terms = all.map(({ term }) => term).join(' ');
  status.textContent = [`已统计 ${all.length} 个提法在 ${documents.length} 份文件中的出现。`, ...notes, ...problems].join('');
}

async function run(): Promise<void> {
  const { terms, problems } = readTrendTerms(location.search);
  // The form sends its one box as one ?t= (terms split at spaces); the address keeps one ?t= per term.
  input.value = terms.join(' ');
  if (terms.length > 0) history.replaceState(history.state, '', trendsUrl(terms));
  if (terms.length === 0) {
    tableSection.hidden = false;
    status.textContent = problems.join('');
    return;
  }
  result.setAttribute('aria-busy', 'true');
  status.textContent = '正在统计……';
  try {
    show(await trendSeries(terms, documents, services), problems);
  } catch (error) {
    console.error(error);
    tableSection.hidden = false;
    status.textContent = '搜索索引未能加载，暂时无法统计。请检查网络连接后刷新页面重试。';
  }
  result.setAttribute('aria-busy', 'false');
}

void run();
