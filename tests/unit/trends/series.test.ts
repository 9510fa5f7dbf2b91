import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/content/document-schema.ts';
import { readParagraphRecords } from '../../../src/content/paragraph-record.ts';
import { isoDate, yearOf } from '../../../src/lib/date.ts';
import { byDate } from '../../../src/lib/reading/corpus.ts';
import { documentLayout } from '../../../src/lib/search/tokens.ts';
import { perTenThousand, TREND_COLUMNS, trendRows, trendSeries, type TrendDocument } from '../../../src/lib/trends/series.ts';
import { PROJECT_ROOT } from '../../helpers/project.ts';
import { characterCount, occurrences, termTruth } from '../../helpers/term-counts.ts';
import { fakeLookUp, randomCorpus, randomTerm, type FakeDocument } from '../search/fake-index.ts';

const noSimplifier = async () => {
  throw new Error('the converter is not needed here');
};
/** A converter that changes nothing (the random texts have no traditional characters). */
const sameText = async () => (text: string) => text;

function trendDocuments(documents: readonly FakeDocument[]): TrendDocument[] {
  return documents.map(({ slug, texts, date = '2017-06-09' }) => ({
    slug,
    title: slug,
    date,
    year: date.slice(0, 4),
    kind: '宣言',
    council: '元首理事会',
    layout: documentLayout(texts),
    characters: texts.reduce((sum, text) => sum + [...text].length, 0),
  }));
}

// The truth is a plain string scan of each text; the counts come from index positions only.

describe('trendSeries', () => {
  it('counts every term’s paragraphs and occurrences (overlapping ones apart) in every document, as a string scan does', async () => {
    await fc.assert(
      fc.asyncProperty(randomCorpus, fc.uniqueArray(randomTerm, { minLength: 1, maxLength: 3 }), async (texts, terms) => {
        const fake: FakeDocument[] = texts.map((paragraphs, i) => ({ slug: `d${i}`, texts: paragraphs }));
        const all = await trendSeries(terms, trendDocuments(fake), { lookUp: fakeLookUp(fake), loadSimplifier: sameText });
        all.forEach((series, t) => {
          expect(series.term).toBe(terms[t]);
          series.counts.forEach((count, d) => {
            const expected = fake[d].texts.flatMap((paragraph, i) => (paragraph.includes(terms[t]) ? [i + 1] : []));
            expect(count.document.slug).toBe(fake[d].slug);
            expect(count.paragraphs).toEqual(expected);
            expect(count.occurrences).toBe(fake[d].texts.reduce((sum, paragraph) => sum + occurrences(paragraph, terms[t]), 0));
          });
        });
      }),
    );
  });

  it('names the first and last document holding a term, at its first and last paragraph; a document without it counts 0', async () => {
    const fake = [
      { slug: 'a', date: '2001-06-15', texts: ['无关', '上海精神'] },
      { slug: 'b', date: '2005-07-05', texts: ['无关'] },
      { slug: 'c', date: '2017-06-09', texts: ['上海精神与上海精神', '无关', '弘扬上海精神'] },
    ];
    const [series] = await trendSeries(['上海精神'], trendDocuments(fake), { lookUp: fakeLookUp(fake), loadSimplifier: noSimplifier });
    expect(series.counts.map((count) => [count.document.slug, count.paragraphs, count.occurrences])).toEqual([
      ['a', [2], 1],
      ['b', [], 0],
      ['c', [1, 3], 3],
    ]);
    expect([series.first?.document.slug, series.first?.n]).toEqual(['a', 2]);
    expect([series.last?.document.slug, series.last?.n]).toEqual(['c', 3]);
  });

  it('counts a traditional term found nowhere in simplified, loading the converter only then, and looks each word up once', async () => {
    const fake = [{ slug: 'a', texts: ['构建命运共同体', '上合组织'] }];
    const lookUp = fakeLookUp(fake);
    let loaded = 0;
    const loadSimplifier = async () => {
      loaded += 1;
      return (text: string) => text.replace('運', '运').replace('體', '体');
    };
    const all = await trendSeries(['命运共同体', '命運共同體', '共同体'], trendDocuments(fake), { lookUp, loadSimplifier });
    expect(all.map(({ term, typed, counts }) => [term, typed, counts[0].occurrences])).toEqual([
      ['命运共同体', undefined, 1],
      ['命运共同体', '命運共同體', 1],
      ['共同体', undefined, 1],
    ]);
    expect(loaded).toBe(1);
    expect(new Set(lookUp.calls).size).toBe(lookUp.calls.length);
  });

  it('matches a string scan of the real corpus for common and rare terms', async () => {
    const records = await readParagraphRecords(PROJECT_ROOT);
    const documents = [...(await readDocuments(PROJECT_ROOT)).values()].sort(byDate);
    const fake = documents.map((document) => ({
      slug: document.slug,
      date: isoDate(document.date),
      year: String(yearOf(document.date)),
      texts: records.filter((record) => record.document === document.slug).sort((a, b) => a.n - b.n).map((record) => record.text),
    }));
    const terms = ['上海精神', '命运共同体', '多极', '反恐', '宪', '2030'];
    const all = await trendSeries(terms, trendDocuments(fake), { lookUp: fakeLookUp(fake), loadSimplifier: noSimplifier });
    for (const [t, series] of all.entries()) {
      const truth = termTruth(records, terms[t]);
      for (const count of series.counts) {
        expect([count.document.slug, terms[t], count.paragraphs, count.occurrences]).toEqual([count.document.slug, terms[t], truth.get(count.document.slug)!.paragraphs, truth.get(count.document.slug)!.occurrences]);
        expect(count.document.characters).toBe(characterCount(records, count.document.slug));
      }
    }
    expect(all[0].counts.some((count) => count.occurrences > 0)).toBe(true);
  });
});

describe('perTenThousand', () => {
  it('is occurrences per 10,000 characters', () => {
    expect(perTenThousand(3, 6000)).toBeCloseTo(5);
    expect(perTenThousand(0, 100)).toBe(0);
    expect(perTenThousand(2, 0)).toBe(0);
  });
});

describe('trendRows', () => {
  it('gives one row per document × term, documents first, with the issue’s columns', async () => {
    const fake = [
      { slug: 'a', date: '2001-06-15', texts: ['上海精神，反恐'] },
      { slug: 'b', date: '2005-07-05', texts: ['反恐', '反恐反恐'] },
    ];
    const all = await trendSeries(['上海精神', '反恐'], trendDocuments(fake), { lookUp: fakeLookUp(fake), loadSimplifier: noSimplifier });
    const rows = trendRows(all);
    expect(rows.map((row) => Object.keys(row))).toEqual(rows.map(() => [...TREND_COLUMNS]));
    expect(rows.map((row) => [row.document, row.date, row.term, row.paragraphs, row.occurrences, row.characters])).toEqual([
      ['a', '2001-06-15', '上海精神', 1, 1, 7],
      ['a', '2001-06-15', '反恐', 1, 1, 7],
      ['b', '2005-07-05', '上海精神', 0, 0, 6],
      ['b', '2005-07-05', '反恐', 2, 3, 6],
    ]);
  });
});
