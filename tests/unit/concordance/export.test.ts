import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportCsv, exportFileName, exportJson, exportRows, type ExportRequest } from '../../../src/lib/concordance/export.ts';
import { findMatches } from '../../../src/lib/search/matches.ts';
import { parsed } from '../query/parsed.ts';
import { PARAGRAPHS_PER_TEXT_FILE, textFiles } from '../../../src/lib/search/texts.ts';
import { searchTextPath } from '../../../src/lib/urls.ts';
import { fakeLookUp, searchDocuments, type FakeDocument } from '../search/fake-index.ts';

const corpus: FakeDocument[] = [
  // Rank order (newest first), as the search lists them; the export goes by date.
  { slug: 'new', date: '2024-07-04', texts: Array.from({ length: 1650 }, (_, i) => (i % 3 ? `第${i + 1}段：加强反恐合作，"反恐"，反恐。` : '经济合作')) },
  { slug: 'old', date: '2011-06-15', texts: ['反恐', '无关', `${'前'.repeat(40)}反恐${'后'.repeat(40)}`] },
];
const SITE = 'https://example.org/';

function fileReader() {
  const files = new Map(corpus.flatMap(({ slug, texts }) => textFiles(texts).map((file, i) => [searchTextPath(slug, i), file] as const)));
  const reads: string[] = [];
  const read = async (path: string) => {
    reads.push(path);
    return files.get(path)!;
  };
  return Object.assign(read, { reads });
}

async function request(query: string, extra: Partial<ExportRequest> = {}): Promise<ExportRequest> {
  const matches = await findMatches(parsed(query), searchDocuments(corpus), fakeLookUp(corpus));
  return { query, matches: matches.documents, parsed: parsed(query), site: SITE, readFile: fileReader(), ...extra };
}

/** The rows computed here, by plain string scanning of the texts: every occurrence, documents by date, with 30 characters each side. */
function oracle(term: string) {
  return corpus
    .toSorted((a, b) => a.date!.localeCompare(b.date!))
    .flatMap(({ slug, date, texts }) =>
      texts.flatMap((text, i) => {
        const rows = [];
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
          const end = at + term.length;
          rows.push({ document: slug, date: date!, n: String(i + 1), permalink: `${SITE}${slug}/#p${i + 1}`, left: text.slice(Math.max(0, at - 30), at), match: term, right: text.slice(end, end + 30) });
        }
        return rows;
      }),
    );
}

describe('exportCsv', () => {
  it('writes every occurrence of every hit, all pages, parsed back by csv-parse as the oracle has them', async () => {
    const { blob, rows } = await exportCsv(await request('反恐'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\ufeffdocument,date,n,permalink,left,match,right\r\n')).toBe(true);
    const parsed = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    const expected = oracle('反恐');
    expect(expected).toHaveLength(2 + 1100 * 3);
    expect(parsed).toEqual(expected);
    expect(rows).toBe(expected.length);
    expect(Object.keys(parsed[0])).toEqual([...EXPORT_COLUMNS]);
  });

  it('exports only exact rows for a term with punctuation (candidates checked against their texts)', async () => {
    // The query language writes a literal " inside a quoted string as "": this is the text "反恐", quotes included.
    const { blob } = await exportCsv(await request('"""反恐"""'));
    const parsed = parse(await blob.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toEqual(oracle('"反恐"'));
    expect(parsed.every((row) => row.document === 'new')).toBe(true);
  });

  it('reads each text file once and keeps at most the file it goes on in', async () => {
    const readFile = fileReader();
    await exportCsv(await request('反恐', { readFile }));
    expect(readFile.reads.toSorted()).toEqual([...new Set(readFile.reads)].toSorted());
    // Every file of both documents: 'new' has 1,650 paragraphs, 'old' fits in one file.
    expect(readFile.reads).toHaveLength(Math.ceil(1650 / PARAGRAPHS_PER_TEXT_FILE) + 1);
  });

  it('reports its progress and stops when aborted', async () => {
    const controller = new AbortController();
    const progress: [number, number][] = [];
    const run = exportCsv(
      await request('反恐', {
        signal: controller.signal,
        onProgress: (read, total) => {
          progress.push([read, total]);
          if (progress.length === 1) controller.abort();
        },
      }),
    );
    await expect(run).rejects.toThrow(/abort/i);
    expect(progress).toEqual([[1000, 1102]]);
  });
});

describe('exportJson', () => {
  it('holds the query, the facts and the same rows, n as a number', async () => {
    const facts = { exportedAt: '2026-12-04T10:00:00.000Z', siteBuilt: '2026-12-01', documentsSearched: 2 };
    const { blob, rows } = await exportJson(await request('反恐'), facts);
    const json = JSON.parse(await blob.text());
    expect(json).toEqual({ query: '反恐', ...facts, columns: [...EXPORT_COLUMNS], rows: oracle('反恐').map((row) => ({ ...row, n: Number(row.n) })) });
    expect(rows).toBe(json.rows.length);
  });

  it('is valid JSON with no hits', async () => {
    const facts = { exportedAt: '2026-12-04T10:00:00.000Z', siteBuilt: '2026-12-01', documentsSearched: 2 };
    expect(JSON.parse(await (await exportJson(await request('量子'), facts)).blob.text()).rows).toEqual([]);
  });
});

describe('exportRows', () => {
  it('gives the rows one at a time', async () => {
    const rows = exportRows(await request('反恐'));
    expect((await rows.next()).value).toEqual({ document: 'old', date: '2011-06-15', n: 1, permalink: `${SITE}old/#p1`, left: '', match: '反恐', right: '' });
  });
});

describe('exportFileName', () => {
  it.each([
    ['反恐', '上合文献库-反恐-2026-12-04.csv'],
    ['  阿富汗   和平 ', '上合文献库-阿富汗 和平-2026-12-04.csv'],
    ['"上海精神"。', '上合文献库-_上海精神_。-2026-12-04.csv'],
    ['a/b\\c:d*e?f<g>h|i\u0007', '上合文献库-a_b_c_d_e_f_g_h_i_-2026-12-04.csv'],
    ['..', '上合文献库-_-2026-12-04.csv'],
    ['', '上合文献库-检索-2026-12-04.csv'],
    ['长'.repeat(100), `上合文献库-${'长'.repeat(40)}-2026-12-04.csv`],
  ])('names the file of %j', (query, name) => {
    expect(exportFileName(query, '2026-12-04', 'csv')).toBe(name);
  });
});
