import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/content/document-schema.ts';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { DIST, elements, fileForPath, parsePage } from '../helpers/dist.ts';

// The instruments cited, checked against a plain scan of the paragraph
// records (the truth here, independent of src/lib/instruments/).
const SITE = 'http://localhost:4321';
const root = path.join(DIST, '..');
const records = await readParagraphRecords(root);
const documents = await readDocuments(root);
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

const TITLE = /《([^《》]*)》/g;
const truth = records.flatMap(({ document, n, text }) => [...text.matchAll(TITLE)].map(([, title]) => ({ title, document, n })));
const key = ({ title, document, n }: { title: string; document: string; n: number }) => `${document}/p${n} 《${title}》`;
const rows = read('data/instrument-mentions.jsonl').trimEnd().split('\n').map((line) => JSON.parse(line));
const byInstrument = Map.groupBy(rows, ({ instrument }) => instrument as string);
const within = (element: Element): Root => ({ type: 'root', children: [element] });

describe('the corpus’s titles, scanned by hand', () => {
  it('nest no 《》 inside 《》, so the plain scan finds them all', () => {
    for (const { id, text } of records) expect(text.replace(TITLE, ''), id).not.toMatch(/[《》]/);
  });

  it('are 105 mentions of 67 distinct titles in 76 of 298 paragraphs', () => {
    expect(records).toHaveLength(298);
    expect(truth).toHaveLength(105);
    expect(new Set(truth.map(({ title }) => title)).size).toBe(67);
    expect(new Set(truth.map(({ document, n }) => `${document}/${n}`)).size).toBe(76);
  });
});

describe('/data/instrument-mentions.jsonl and .csv', () => {
  it('hold every mention once, with the title exactly as written and its permalink', () => {
    expect(rows.map(key).sort()).toEqual(truth.map(key).sort());
    for (const row of rows) expect(row.permalink).toBe(`${SITE}/${row.document}/#p${row.n}`);
  });

  it('are valid against the published JSON Schema, with exactly the issue’s fields', () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const schema = JSON.parse(read('data/schema/instrument-mention.json'));
    expect(schema.$id).toBe(`${SITE}/data/schema/instrument-mention.json`);
    const validate = ajv.compile(schema);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['instrument', 'title', 'document', 'n', 'permalink']);
      expect(validate(row), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('CSV parses back (UTF-8 with BOM, CRLF) into the JSON Lines rows', () => {
    const csv = read('data/instrument-mentions.csv');
    expect(csv.startsWith('\ufeffinstrument,title,document,n,permalink\r\n')).toBe(true);
    const parsed = (parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[]).map((row) => ({ ...row, n: Number(row.n) }));
    expect(parsed).toEqual(rows);
  });

  it('group the four titles the corpus writes two ways, and nothing else', () => {
    const merged = [...byInstrument.values()].map((group) => [...new Set(group.map(({ title }) => title))].sort()).filter((titles) => titles.length > 1);
    expect(merged.sort()).toEqual(
      [
        ['上合组织反恐怖主义公约', '上海合作组织反恐怖主义公约'],
        ['上合组织宪章', '上海合作组织宪章'],
        ['上合组织成员国长期睦邻友好合作条约', '上海合作组织成员国长期睦邻友好合作条约'],
        ['联合国同上合组织的合作', '联合国同上海合作组织的合作'],
      ].sort(),
    );
    expect(byInstrument.size).toBe(63);
  });

  it('are listed in /data/index.json', () => {
    expect(JSON.parse(read('data/index.json')).files.instrumentMentions).toEqual({ csv: `${SITE}/data/instrument-mentions.csv`, jsonl: `${SITE}/data/instrument-mentions.jsonl` });
  });
});

describe('title links on reading pages', () => {
  it.each([...documents.keys()])('%s: every title links to its instrument page; paragraph texts unchanged', (slug) => {
    const tree = parsePage(`${slug}/index.html`);
    const paragraphs = new Map(elements(tree, (element) => element.tagName === 'div' && String(element.properties.id).match(/^p\d+$/) !== null).map((div) => [div.properties.id as string, div]));
    for (const record of records.filter(({ document }) => document === slug)) {
      const div = paragraphs.get(`p${record.n}`)!;
      const p = elements(within(div), (element) => element.tagName === 'p')[0];
      expect(toText(p), `#p${record.n}`).toBe(record.text);
      const links = elements(within(p), (element) => element.tagName === 'a');
      expect(links.map((link) => toText(link))).toEqual([...record.text.matchAll(TITLE)].map(([title]) => title));
      for (const link of links) {
        const href = String(link.properties.href);
        expect(href).toMatch(/^\/instruments\/[^/]+\/$/);
        expect(fileForPath(href), href).toBeDefined();
        const page = parsePage(fileForPath(href)!);
        // The instrument page lists this very paragraph.
        expect(elements(page, (element) => element.tagName === 'a' && element.properties.href === `/${slug}/#p${record.n}`)).toHaveLength(1);
      }
    }
  });
});

describe('the instrument pages', () => {
  const table = parsePage('instruments/index.html');
  const tableRows = elements(table, (element) => element.tagName === 'tr').slice(1);
  const cells = (row: Element) => elements(within(row), (element) => element.tagName === 'td' || element.tagName === 'th').map((cell) => toText(cell));

  it('/instruments/ lists every instrument with its mentions, documents and years, most cited first', () => {
    expect(tableRows).toHaveLength(byInstrument.size);
    const counts = tableRows.map((row) => Number(cells(row)[1]));
    expect(counts.reduce((a, b) => a + b)).toBe(105);
    expect(counts).toEqual(counts.toSorted((a, b) => b - a));
    const unCharter = tableRows.map(cells).find(([name]) => name === '《联合国宪章》')!;
    const truthUn = truth.filter(({ title }) => title === '联合国宪章');
    expect(unCharter.slice(1, 4).map(Number)).toEqual([truthUn.length, new Set(truthUn.map(({ document }) => document)).size, new Set(truthUn.map(({ document }) => documents.get(document)!.date.getUTCFullYear())).size]);
  });

  it('each page lists its paragraphs once, in date order, each linked to its permalink', () => {
    for (const [instrument, group] of byInstrument) {
      const page = parsePage(fileForPath(`/instruments/${instrument}/`)!);
      const permalinks = elements(page, (element) => element.tagName === 'a' && /^\/[a-z0-9-]+\/#p\d+$/.test(String(element.properties.href))).map((link) => String(link.properties.href));
      expect(permalinks.toSorted(), instrument).toEqual([...new Set(group.map(({ document, n }) => `/${document}/#p${n}`))].sort());
      const dates = permalinks.map((href) => documents.get(href.split('/')[1])!.date.getTime());
      expect(dates, instrument).toEqual(dates.toSorted((a, b) => a - b));
    }
  });

  it('an instrument that is one document of the library links to it, from the page and from every mention', () => {
    for (const [instrument, slug] of [
      ['上海合作组织成员国元首阿斯塔纳宣言', '2017-astana-declaration'],
      ['上海合作组织成员国元首理事会会议新闻公报', '2017-astana-heads-of-state-communique'],
    ]) {
      const page = parsePage(fileForPath(`/instruments/${instrument}/`)!);
      const own = elements(page, (element) => element.tagName === 'a' && element.properties.dataLibraryDocument !== undefined);
      expect(own.map((link) => link.properties.href)).toEqual([`/${slug}/`]);
      const marks = elements(page, (element) => element.tagName === 'mark');
      const linked = elements(page, (element) => element.tagName === 'a' && element.properties.href === `/${slug}/` && element.children.some((child) => child.type === 'element' && child.tagName === 'mark'));
      expect(marks.length).toBe(byInstrument.get(instrument)!.length);
      expect(linked.length).toBe(marks.length);
    }
    const un = parsePage(fileForPath('/instruments/联合国宪章/')!);
    expect(elements(un, (element) => element.properties?.dataLibraryDocument !== undefined)).toHaveLength(0);
  });
});
