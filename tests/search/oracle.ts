// The oracle of search: for each query, the paragraphs that match it,
// found by plain string operations over the paragraph records, computed
// without any code of the search itself (nothing from src/lib/query or
// src/lib/search): the query is converted to simplified characters with
// opencc-js (OpenCC's t2s), read by the small reader below (the grammar of
// README "Query syntax": space AND, | OR binding tighter, -NOT, "…" exact
// with "" for ", A*B a gap of 1–10 characters without 。！？；, parentheses),
// its literals and the texts folded with NFKC and lower case.
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
  { query: '反恐|反极端', covers: 'OR' },
  { query: '阿富汗 | 塔什干 | 撒马尔罕', covers: 'OR of three' },
  { query: '恐怖主义 -极端主义', covers: 'NOT' },
  { query: '合作 -安全 -经济', covers: 'two NOTs' },
  { query: '"上海精神"', covers: 'quoted phrase' },
  { query: '“上海精神”', covers: 'bare term with Chinese quotes: exact punctuation' },
  { query: '"贩毒、武器走私"', covers: 'quoted phrase with punctuation' },
  { query: '"上海精神"。', covers: 'quoted part and punctuation joined' },
  { query: '"联合国 宪章"', covers: 'phrase with a space: no hit' },
  { query: '构建*命运共同体', covers: 'gap' },
  { query: '打击*主义', covers: 'gap, many fillers' },
  { query: '成员国*会议', covers: 'gap' },
  { query: '《*宪章》', covers: 'gap with punctuation in its sides' },
  { query: '(反恐 | 恐怖) -阿富汗', covers: 'parentheses, OR then NOT' },
  { query: '安全 (阿富汗 | 反恐 -合作)', covers: 'NOT inside an OR alternative' },
  { query: '恐怖主義 | 極端主義', covers: 'traditional OR' },
  { query: '合作 -恐怖主義', covers: 'traditional NOT, found as typed' },
  { query: '構建*共同體', covers: 'traditional gap' },
  { query: '"上海合作組織"', covers: 'traditional phrase' },
];

const paragraphs = await readParagraphRecords(PROJECT_ROOT);
const toSimplified = Converter({ from: 't', to: 'cn' });
/** Compatibility forms to plain ones (ＦＡＴＦ → FATF, the ideographic space → a space), then lower case. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** A query read by the oracle: literals (folded) and gaps, combined. */
type Node =
  | { op: 'lit'; text: string }
  | { op: 'gap'; before: string; after: string }
  | { op: 'and' | 'or'; of: Node[] }
  | { op: 'not'; of: Node };

/** Reads a query (already simplified); throws on anything malformed (the oracle's queries are well formed). */
function read(query: string): Node {
  // Tokens: "(", ")", "|", "-" before a word, and words (quoted parts kept literal, a bare * marked "\u0000").
  const tokens: string[] = [];
  let i = 0;
  const chars = [...query];
  const isSpace = (c: string) => /\s/u.test(c);
  while (i < chars.length) {
    const c = chars[i];
    if (isSpace(c)) i++;
    else if (c === '(' || c === ')' || c === '|' || c === '｜') tokens.push(c === '｜' ? '|' : c), i++;
    else if ((c === '-' || c === '－') && (tokens.length === 0 || ['(', '|', '-'].includes(tokens.at(-1)!) || isSpace(chars[i - 1]))) tokens.push('-'), i++;
    else {
      let word = '\u0001';
      while (i < chars.length && !isSpace(chars[i]) && !'()|｜'.includes(chars[i])) {
        if (chars[i] === '"' || chars[i] === '＂') {
          i++;
          while (!(chars[i] === '"' || chars[i] === '＂') || chars[i + 1] === '"' || chars[i + 1] === '＂') {
            if (i >= chars.length) throw new Error(`oracle: unclosed quote in ${query}`);
            if (chars[i] === '"' || chars[i] === '＂') i++;
            word += chars[i++];
          }
          i++;
        } else word += chars[i] === '*' || chars[i] === '＊' ? '\u0000' : chars[i], i++;
      }
      tokens.push(word);
    }
  }
  let at = 0;
  const wordNode = (token: string): Node | null => {
    const parts = token.slice(1).split('\u0000').map(fold);
    if (parts.length === 2) return { op: 'gap', before: parts[0], after: parts[1] };
    return /[\p{L}\p{N}]/u.test(parts[0]) ? { op: 'lit', text: parts[0] } : null;
  };
  const unary = (): Node | null => {
    const token = tokens[at++];
    if (token === '-') return { op: 'not', of: unary()! };
    if (token === '(') {
      const inner = all();
      at++;
      return inner;
    }
    return wordNode(token);
  };
  const any = (): Node | null => {
    const first = unary();
    const alternatives = [first];
    while (tokens[at] === '|') at++, alternatives.push(unary());
    return alternatives.length === 1 ? first : { op: 'or', of: alternatives as Node[] };
  };
  const all = (): Node => {
    const items: Node[] = [];
    while (at < tokens.length && tokens[at] !== ')') {
      const item = any();
      if (item) items.push(item);
    }
    return { op: 'and', of: items };
  };
  return all();
}

const SENTENCE_END = /[。！？；]/u;

/** Every [start, end) in code points of a gap in `chars`: the shortest span from each start, non-overlapping, left to right. */
function gapSpans(chars: string[], before: string[], after: string[]): [number, number][] {
  const spans: [number, number][] = [];
  const startsAt = (at: number, part: string[]) => part.every((char, k) => chars[at + k] === char);
  for (let start = 0; start + before.length <= chars.length; start++) {
    if (!startsAt(start, before)) continue;
    for (let filler = 1; filler <= 10; filler++) {
      const at = start + before.length + filler;
      if (SENTENCE_END.test(chars[at - 1] ?? '。')) break;
      if (startsAt(at, after)) {
        spans.push([start, at + after.length]);
        start = at + after.length - 1;
        break;
      }
    }
  }
  return spans;
}

function holds(node: Node, text: string): boolean {
  switch (node.op) {
    case 'lit':
      return text.includes(node.text);
    case 'gap':
      return gapSpans([...text], [...node.before], [...node.after]).length > 0;
    case 'not':
      return !holds(node.of, text);
    case 'and':
      return node.of.length > 0 && node.of.every((item) => holds(item, text));
    case 'or':
      return node.of.some((item) => holds(item, text));
  }
}

/** The paragraphs among `records` that match the query. */
export function matchingParagraphs(records: readonly ParagraphRecord[], query: string): ParagraphRecord[] {
  const node = read(toSimplified(query));
  return records.filter((paragraph) => holds(node, fold(paragraph.text)));
}

/** The permalinks (/{slug}/#p{N}) of the paragraphs that match the query, sorted. */
export function expectedHits(query: string): string[] {
  return matchingParagraphs(paragraphs, query)
    .map((paragraph) => `/${paragraph.document}/#p${paragraph.n}`)
    .sort();
}

/**
 * Where a matching paragraph is marked: every occurrence of each literal and
 * gap not under a NOT, overlapping and touching ones joined, as [start, end)
 * in code points of the paragraph's own text, in order.
 */
function markedSpans(text: string, query: string): [number, number][] {
  const positive = (node: Node): Node[] => (node.op === 'not' ? [] : node.op === 'and' || node.op === 'or' ? node.of.flatMap(positive) : [node]);
  // Folded character by character, so that each stays at its place in the text.
  const chars = [...text].map(fold);
  const covered = new Array<boolean>(chars.length + 1).fill(false);
  const spans: [number, number][] = [];
  for (const leaf of positive(read(toSimplified(query)))) {
    if (leaf.op === 'gap') spans.push(...gapSpans(chars, [...leaf.before], [...leaf.after]));
    else if (leaf.op === 'lit') {
      const lit = [...leaf.text];
      for (let start = 0; start + lit.length <= chars.length; start++) if (lit.every((char, k) => chars[start + k] === char)) spans.push([start, start + lit.length]);
    }
  }
  for (const [start, end] of spans) for (let k = start; k < end; k++) covered[k] = true;
  // Runs of covered characters, each a mark (spans that touch join, as in one <mark>).
  const runs: [number, number][] = [];
  for (let k = 0; k < chars.length; k++) {
    if (!covered[k]) continue;
    let end = k;
    while (covered[end]) end++;
    runs.push([k, end]);
    k = end;
  }
  return runs;
}

/** What a matching paragraph marks, as the strings of its own text, in order. */
export function expectedMarks(text: string, query: string): string[] {
  const original = [...text];
  return markedSpans(text, query).map(([start, end]) => original.slice(start, end).join(''));
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
 * Every marked occurrence (markedSpans) in the paragraphs that match the
 * query, one row each, with up to `context` characters of the same paragraph
 * on each side: documents by date (oldest first; on one day by title in
 * Chinese collation, then slug), paragraphs and occurrences in reading order.
 */
export function concordanceRows(query: string, site: string, context = 30): OracleRow[] {
  const date = (slug: string) => documentFacts.get(slug)!.date.toISOString().slice(0, 10);
  const title = (slug: string) => documentFacts.get(slug)!.title;
  const ordered = matchingParagraphs(paragraphs, query).toSorted(
    (a, b) => date(a.document).localeCompare(date(b.document)) || title(a.document).localeCompare(title(b.document), 'zh-CN') || a.document.localeCompare(b.document) || a.n - b.n,
  );
  return ordered.flatMap(({ document, n, text }) => {
    const chars = [...text];
    return markedSpans(text, query).map(([start, end]) => ({
      document,
      date: date(document),
      n: String(n),
      permalink: new URL(`/${document}/#p${n}`, site).href,
      left: chars.slice(Math.max(0, start - context), start).join(''),
      match: chars.slice(start, end).join(''),
      right: chars.slice(end, end + context).join(''),
    }));
  });
}

/** The paragraph records (the oracle's corpus). */
export const oracleParagraphs: readonly ParagraphRecord[] = paragraphs;
