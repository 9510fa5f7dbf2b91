import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { formatBibtex } from '../../../src/lib/citation/bibtex.ts';
import { astana2024, awkward } from './fixture.ts';

// Read back by a real BibTeX parser, not compared as strings.
function readBack(source: string) {
  const { entries, errors } = parse(source);
  expect(errors).toEqual([]);
  expect(entries).toHaveLength(1);
  return entries[0];
}

describe('formatBibtex', () => {
  it('writes an @online entry with an institutional author, the date, a month macro and the URL, and no place of publication', () => {
    const entry = readBack(formatBibtex(astana2024));
    expect(entry.type).toBe('online');
    expect(entry.key).toBe('sco-2024-astana-declaration');
    expect(entry.fields).toMatchObject({
      author: [{ name: '上海合作组织' }],
      title: '上海合作组织成员国元首理事会阿斯塔纳宣言',
      date: '2024-07-04',
      year: '2024',
      month: '7',
      type: '宣言',
      url: 'https://example.org/2024-astana-declaration/',
    });
    // BibTeX styles print address as the place of publication, pandoc takes howpublished as the publisher.
    expect(Object.keys(entry.fields)).not.toContain('address');
    expect(Object.keys(entry.fields)).not.toContain('howpublished');
  });

  it('escapes what TeX would read as markup, so the parser gives the title back unchanged', () => {
    const entry = readBack(formatBibtex(awkward));
    expect(entry.fields.title).toBe(awkward.title.replace('\n', ' '));
    expect(entry.fields.month).toBe('1');
  });
});
