import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphRows } from '../../../src/lib/data/document-data.ts';
import { csv, paragraphsCsv, paragraphsJsonl } from '../../../src/lib/data/formats.ts';
import { records, SITE } from './fixture.ts';

const rows = [...paragraphRows(records, SITE), { document: 'x', n: 1, permalink: 'https://example.org/x/#p1', text: '多行\n文本，"引号"' }];

describe('paragraphsCsv', () => {
  const csv = paragraphsCsv(rows);

  it('starts with a UTF-8 byte-order mark and ends its records with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\ufeffdocument,n,permalink,text,section');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('parses back (csv-parse) into the same rows, commas, quotes and line breaks included', () => {
    const parsed = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toEqual(rows.map((row) => ({ ...row, n: String(row.n), section: row.section ?? '' })));
  });
});

describe('csv', () => {
  it('writes any rows in the columns named, in their order, and csv-parse reads them back', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom('"', ',', '\r\n', '\n', '\r', ' 前后空格 ', '“引号”'), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.record({ a: field, b: field, c: field })), (rows) => {
        const written = csv(rows, ['c', 'a']);
        expect(written.startsWith('\ufeffc,a\r\n')).toBe(true);
        expect(written.endsWith('\r\n')).toBe(true);
        const parsed = parse(written, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
        expect(parsed).toEqual(rows.map((row) => ({ c: String(row.c), a: String(row.a) })));
      }),
    );
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
