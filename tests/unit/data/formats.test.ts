import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphRows } from '../../../src/lib/data/document-data.ts';
import { csv, csvHeader, csvRecord, paragraphsCsv, paragraphsJsonl } from '../../../src/lib/data/formats.ts';
import { records, SITE } from './fixture.ts';

const rows = [...paragraphRows(records, SITE), { document: 'x', n: 1, permalink: 'https://example.org/x/#p1', text: '多行\n文本，"引号"' }];

describe('paragraphsCsv', () => {
  const text = paragraphsCsv(rows);

  it('starts with a UTF-8 byte-order mark and ends its records with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe('\ufeffdocument,n,permalink,text,section');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('parses back (csv-parse) into the same rows, commas, quotes and line breaks included', () => {
    const parsed = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toEqual(rows.map((row) => ({ ...row, n: String(row.n), section: row.section ?? '' })));
  });

  it('writes the bytes csv-stringify writes', () => {
    expect(text).toBe(stringify(rows, { bom: true, header: true, columns: ['document', 'n', 'permalink', 'text', 'section'], record_delimiter: 'windows' }));
  });
});

describe('csv', () => {
  it('round-trips any fields through csv-parse, in the columns given', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '，', ',', '"', '\n', '\r', ' ', '上', '合', "'") });
    fc.assert(
      fc.property(fc.array(fc.record({ a: field, b: field, c: fc.integer() }), { maxLength: 8 }), (list) => {
        const parsed = parse(csv(list, ['c', 'a', 'b']), { bom: true, columns: true }) as Record<string, string>[];
        expect(parsed).toEqual(list.map(({ a, b, c }) => ({ c: String(c), a, b })));
      }),
    );
  });

  it('is its header and its records, so a file can be written a record at a time', () => {
    const list = [{ a: 'x,y', b: 1 }, { a: '"', b: 2 }];
    expect(csv(list, ['a', 'b'])).toBe(csvHeader(['a', 'b']) + csvRecord(['x,y', 1]) + csvRecord(['"', 2]));
    expect(csvRecord(['x,y', '"', undefined])).toBe('"x,y","""",\r\n');
  });

  it('writes a missing value as an empty field', () => {
    expect(csv([{ a: 1, b: undefined }], ['a', 'b'])).toBe('\ufeffa,b\r\n1,\r\n');
  });
});

describe('paragraphsJsonl', () => {
  it('writes one row per line that JSON.parse gives back', () => {
    const lines = paragraphsJsonl(rows).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual(rows);
  });
});
