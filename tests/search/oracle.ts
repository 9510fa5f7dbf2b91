// The oracle of search: for each query, the paragraphs that contain it,
// found by plain substring search over the paragraph records, computed
// without any code of the search itself: the query is converted to
// simplified characters with opencc-js (OpenCC's t2s), both sides are folded
// with NFKC and lower case, and a paragraph matches when its text contains
// every white-space-separated term.
import { Converter } from 'opencc-js/t2cn';
import { readDocuments } from '../../src/content/document-schema.ts';
import { readParagraphRecords, type ParagraphRecord } from '../../src/content/paragraph-record.ts';
import { PROJECT_ROOT } from '../helpers/project.ts';

export interface OracleQuery {
  query: string;
  /** Why the query is on the list. */
  covers: string;
}

export const ORACLE_QUERIES: readonly OracleQuery[] = [
  { query: '上合组织', covers: 'common term' },
  { query: '合作', covers: 'common term' },
  { query: '上海合作组织', covers: 'common term, also in titles' },
  { query: '安全', covers: 'common term' },
  { query: '恐怖', covers: 'substring of 恐怖主义' },
  { query: '组织成员', covers: 'substring across the words 组织|成员国' },
  { query: '斯塔', covers: 'substring inside 阿斯塔纳' },
  { query: '织成', covers: 'substring across word boundary' },
  { query: '恐', covers: 'single character' },
  { query: '宪', covers: 'single character' },
  { query: '纳扎尔巴耶夫', covers: 'person' },
  { query: '撒马尔罕', covers: 'place' },
  { query: '塔什干', covers: 'place' },
  { query: '阿斯塔纳', covers: 'place, in every title' },
  { query: '联合国宪章', covers: 'treaty' },
  { query: '《联合国宪章》', covers: 'treaty with title marks' },
  { query: '不扩散核武器条约', covers: 'treaty' },
  { query: '2017', covers: 'number' },
  { query: '2030年', covers: 'number and Han' },
  { query: '6月9日', covers: 'date' },
  { query: '2011年6月15日', covers: 'full date' },
  { query: '20', covers: 'number prefix' },
  { query: 'FATF', covers: 'Latin letters' },
  { query: 'fatf', covers: 'Latin letters, other case' },
  { query: 'ＦＡＴＦ', covers: 'full-width Latin letters' },
  { query: '２０３０年', covers: 'full-width digits' },
  { query: '聯合國', covers: 'traditional input' },
  { query: '維護和平', covers: 'traditional input' },
  { query: '上海合作組織', covers: 'traditional and simplified mixed' },
  { query: '恐怖主義 阿富汗', covers: 'traditional, two terms' },
  { query: '阿富汗 和平', covers: 'two terms' },
  { query: '  阿富汗   和平 ', covers: 'stray spaces' },
  { query: '阿富汗　和平', covers: 'full-width space' },
  { query: '上合组织 2017 安全', covers: 'three terms' },
  { query: '维护经济金融稳定', covers: 'phrase across a page break in the raw source' },
  { query: '贩毒、武器走私', covers: 'phrase across a page break, with punctuation' },
  { query: '打击国际恐怖主义全面公约', covers: 'phrase across a page break' },
  { query: '比什凯克', covers: 'name across a page break' },
  { query: '实现国家和平', covers: 'phrase across a page break' },
  { query: '毒武', covers: 'characters that only meet across punctuation: no hit' },
  { query: '维基文库', covers: 'removed website text: no hit' },
  { query: '跳至内容', covers: 'removed website text: no hit' },
  { query: '自由的图书馆', covers: 'removed website text: no hit' },
  { query: '人民网', covers: 'only in the removed news dateline: no hit' },
  { query: '第六十五届会议', covers: 'removed UN page header: no hit' },
  { query: '量子计算', covers: 'absent: no hit' },
];

const paragraphs = await readParagraphRecords(PROJECT_ROOT);
const toSimplified = Converter({ from: 't', to: 'cn' });
/** Compatibility forms to plain ones (ＦＡＴＦ → FATF, the ideographic space → a space), then lower case. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** The paragraphs among `records` that contain every term of the query. */
export function matchingParagraphs(records: readonly ParagraphRecord[], query: string): ParagraphRecord[] {
  const terms = [...new Set(fold(toSimplified(query)).split(/\s+/u).filter(Boolean))];
  if (terms.length === 0) return [];
  return records.filter((paragraph) => terms.every((term) => fold(paragraph.text).includes(term)));
}

/** The permalinks (/{slug}/#p{N}) of the paragraphs that contain every term of the query, sorted. */
export function expectedHits(query: string): string[] {
  return matchingParagraphs(paragraphs, query)
    .map((paragraph) => `/${paragraph.document}/#p${paragraph.n}`)
    .sort();
}

/** A concordance line as the export writes it (every field a string, as csv-parse gives it back). */
export interface OracleRow {
  document: string;
  date: string;
  n: string;
  permalink: string;
  left: string;
  match: string;
  right: string;
}

const documentFacts = await readDocuments(PROJECT_ROOT);

/**
 * Every occurrence of the query's terms in the paragraphs that contain them
 * all, one row each, with up to `context` characters of the same paragraph on
 * each side: documents by date (oldest first; on one day by title in Chinese
 * collation, then slug), paragraphs and occurrences in reading order.
 * Occurrences are found by indexOf at every offset; ones that overlap or
 * touch are one span (the search marks them as one). Terms are compared
 * as written: the queries used with it need no folding.
 */
export function concordanceRows(query: string, site: string, context = 30): OracleRow[] {
  const terms = [...new Set(toSimplified(query).split(/\s+/u).filter(Boolean))];
  const date = (slug: string) => documentFacts.get(slug)!.date.toISOString().slice(0, 10);
  const title = (slug: string) => documentFacts.get(slug)!.title;
  const ordered = matchingParagraphs(paragraphs, query).toSorted(
    (a, b) => date(a.document).localeCompare(date(b.document)) || title(a.document).localeCompare(title(b.document), 'zh-CN') || a.document.localeCompare(b.document) || a.n - b.n,
  );
  return ordered.flatMap(({ document, n, text }) => {
    const spans: [number, number][] = [];
    for (const term of terms) for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) spans.push([at, at + term.length]);
    spans.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [start, end] of spans) {
      const last = merged.at(-1);
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return merged.map(([start, end]) => ({
      document,
      date: date(document),
      n: String(n),
      permalink: new URL(`/${document}/#p${n}`, site).href,
      left: Array.from(text.slice(0, start)).slice(-context).join(''),
      match: text.slice(start, end),
      right: Array.from(text.slice(end)).slice(0, context).join(''),
    }));
  });
}

/** The paragraph records the oracle reads. */
export const paragraphRecords: readonly ParagraphRecord[] = paragraphs;
