import { describe, expect, it } from 'vitest';
import { byDate, neighbours, summits, type DocumentFacts } from '../../../src/lib/reading/corpus.ts';

const doc = (slug: string, date: string, kind: DocumentFacts['kind'], council: DocumentFacts['council'] = '元首理事会'): DocumentFacts => ({
  slug,
  date: new Date(date),
  kind,
  council,
  place: '阿斯塔纳',
});

// The real corpus's shape: one summit with two documents on one day, and a
// foreign ministers' meeting in the same city and year.
const corpus = [
  doc('2017-communique', '2017-06-09', '新闻公报'),
  doc('2024-declaration', '2024-07-04', '宣言'),
  doc('2011-declaration', '2011-06-15', '宣言'),
  doc('2017-ministers', '2017-04-21', '新闻公报', '外长理事会'),
  doc('2017-declaration', '2017-06-09', '宣言'),
];

describe('byDate', () => {
  it('orders by date, then declaration before communiqué', () => {
    expect([...corpus].sort(byDate).map((d) => d.slug)).toEqual([
      '2011-declaration',
      '2017-ministers',
      '2017-declaration',
      '2017-communique',
      '2024-declaration',
    ]);
  });
});

describe('summits', () => {
  it('groups by year, city and council, newest first', () => {
    const groups = summits(corpus);
    expect(groups.map(({ year, council, documents }) => [year, council, documents.map((d) => d.slug)])).toEqual([
      [2024, '元首理事会', ['2024-declaration']],
      [2017, '元首理事会', ['2017-declaration', '2017-communique']],
      [2017, '外长理事会', ['2017-ministers']],
      [2011, '元首理事会', ['2011-declaration']],
    ]);
  });

  it('keeps every document exactly once', () => {
    expect(summits(corpus).flatMap((s) => s.documents).length).toBe(corpus.length);
  });
});

describe('neighbours', () => {
  it('links documents in date order, open at both ends', () => {
    expect(neighbours(corpus, '2011-declaration')).toEqual({ previous: undefined, next: corpus[3] });
    expect(neighbours(corpus, '2017-declaration')).toEqual({ previous: corpus[3], next: corpus[0] });
    expect(neighbours(corpus, '2024-declaration')).toEqual({ previous: corpus[0], next: undefined });
  });

  it('refuses an unknown slug', () => {
    expect(() => neighbours(corpus, 'nope')).toThrow(/unknown document/);
  });
});
