import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Council, Kind } from '../../../src/content/vocabulary.ts';
import { formulationsByDocument } from '../../../src/lib/formulations/new-dropped.ts';

// Tiny corpora: each document a date, a series (council and kind) and its paragraphs.
type Doc = { slug: string; date: string; kind?: Kind; council?: Council; paragraphs: string[] };
function run(docs: Doc[]) {
  const documents = docs.map(({ slug, date, kind = '宣言', council = '元首理事会' }) => ({ slug, kind, council, date: new Date(`${date}T00:00:00Z`), place: '某地' }));
  const records = docs.flatMap(({ slug, paragraphs }) => paragraphs.map((text, i) => ({ document: slug, n: i + 1, text })));
  return formulationsByDocument(documents, records);
}

describe('new phrases', () => {
  it('are the phrases that no document dated earlier contains, with the paragraphs where they occur', () => {
    const result = run([
      { slug: 'a', date: '2011-06-15', paragraphs: ['坚持“上海精神”。'] },
      { slug: 'b', date: '2017-06-09', paragraphs: ['坚持“上海精神”和“合作共赢”。', '再谈合作共赢。'] },
    ]);
    expect(result.get('b')!.new).toEqual([{ text: '合作共赢', n: [1, 2] }]);
  });

  it('are none in the documents of the earliest day: there is nothing to compare with', () => {
    const result = run([{ slug: 'a', date: '2011-06-15', paragraphs: ['坚持“上海精神”。'] }]);
    expect(result.get('a')).toEqual({ new: [], dropped: [], earlierDocuments: 0, earlierInSeries: 0 });
  });

  it('count a document of the same day as not earlier, whatever their order', () => {
    const result = run([
      { slug: 'a', date: '2011-06-15', paragraphs: ['开头。'] },
      { slug: 'b', date: '2017-06-09', kind: '新闻公报', paragraphs: ['“和平使命”演习。'] },
      { slug: 'c', date: '2017-06-09', paragraphs: ['“和平使命”演习。'] },
    ]);
    expect(result.get('b')!.new.map(({ text }) => text)).toEqual(['和平使命']);
    expect(result.get('c')!.new.map(({ text }) => text)).toEqual(['和平使命']);
    expect(result.get('c')!.earlierDocuments).toBe(1);
  });

  it('are not new when an earlier document has the words anywhere, even outside quotes or inside a title', () => {
    const result = run([
      { slug: 'a', date: '2011-06-15', paragraphs: ['通过《合作共赢纲要》。'] },
      { slug: 'b', date: '2017-06-09', paragraphs: ['“合作共赢”。'] },
    ]);
    expect(result.get('b')!.new).toEqual([]);
  });

  it('merge a phrase that contains another into it', () => {
    const result = run([
      { slug: 'a', date: '2011-06-15', paragraphs: ['开头。'] },
      { slug: 'b', date: '2017-06-09', paragraphs: ['“数字经济合作”、“数字经济”、“其他事项”'] },
    ]);
    expect(result.get('b')!.new.map(({ text }) => text)).toEqual(['数字经济', '其他事项']);
  });
});

describe('dropped phrases', () => {
  const series = (paragraph: string, last: string, extra: Doc[] = []) =>
    run([
      { slug: 'a', date: '2011-06-15', paragraphs: [paragraph] },
      ...extra,
      { slug: 'b', date: '2017-06-09', paragraphs: ['前言。', last] },
      { slug: 'c', date: '2024-07-04', paragraphs: ['“上海精神”。'] },
    ]);

  it('recurred in earlier documents, were in the latest one of the same council and kind, and are absent here', () => {
    const result = series('“和平使命”、“上海精神”、“边界不可侵犯”', '“和平使命”、“上海精神”、“不侵略他国”');
    expect(result.get('c')!.dropped).toEqual([{ text: '和平使命', document: 'b', n: [2] }]);
    expect(result.get('c')).toMatchObject({ earlierInSeries: 2, previous: 'b' });
  });

  it('are not reported again after the document that dropped them', () => {
    const result = run([
      { slug: 'a', date: '2011-06-15', paragraphs: ['“和平使命”'] },
      { slug: 'b', date: '2017-06-09', paragraphs: ['“和平使命”'] },
      { slug: 'c', date: '2020-06-09', paragraphs: ['其他。'] },
      { slug: 'd', date: '2024-07-04', paragraphs: ['其他。'] },
    ]);
    expect(result.get('c')!.dropped.map(({ text }) => text)).toEqual(['和平使命']);
    expect(result.get('d')!.dropped).toEqual([]);
  });

  it('look only at the same council and kind for the latest document, but count recurrence in any earlier document', () => {
    const communique: Doc = { slug: 'm', date: '2016-04-21', kind: '新闻公报', council: '外长理事会', paragraphs: ['“不侵略他国”'] };
    const result = series('前言。', '“不侵略他国”', [communique]);
    expect(result.get('c')!.dropped).toEqual([{ text: '不侵略他国', document: 'b', n: [2] }]);
    // The communiqué is not in the declarations' series: nothing of it is dropped from them on its own.
    expect(run([communique, { slug: 'c', date: '2024-07-04', paragraphs: ['其他。'] }]).get('c')!.dropped).toEqual([]);
  });
});

describe('on random corpora', () => {
  // Texts made of a few quoted terms and list items from a small vocabulary,
  // so that phrases recur, appear and disappear across documents.
  const WORDS = ['上海精神', '合作共赢', '和平使命', '贸易畅通', '资金融通', '民心相通', '一个地球', '睦邻友好'];
  const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((words) => `坚持“${words[0]}”，加强${['甲', ...words, '乙'].join('、')}。`);
  const corpus = fc.array(
    fc.record({
      date: fc.constantFrom('2001-06-15', '2011-06-15', '2017-06-09', '2024-07-04'),
      kind: fc.constantFrom<Kind>('宣言', '新闻公报'),
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 6 },
  );

  it('new phrases occur here and in no document dated earlier; dropped ones occur in the named earlier document of the series, in two earlier documents, and not here', () => {
    fc.assert(
      fc.property(corpus, (drafts) => {
        const docs = drafts.map((draft, i) => ({ ...draft, slug: `d${i}` }));
        const result = run(docs);
        const contains = (doc: Doc, phrase: string) => doc.paragraphs.some((text) => text.includes(phrase));
        for (const doc of docs) {
          const earlier = docs.filter((other) => other.date < doc.date);
          const { new: fresh, dropped } = result.get(doc.slug)!;
          for (const { text, n } of fresh) {
            expect(n).toEqual(doc.paragraphs.flatMap((p, i) => (p.includes(text) ? [i + 1] : [])));
            expect(earlier.some((other) => contains(other, text))).toBe(false);
          }
          for (const { text, document } of dropped) {
            const source = docs.find((other) => other.slug === document)!;
            expect(source.date < doc.date && source.kind === doc.kind).toBe(true);
            expect(contains(source, text)).toBe(true);
            expect(earlier.filter((other) => contains(other, text)).length).toBeGreaterThanOrEqual(2);
            expect(contains(doc, text)).toBe(false);
          }
        }
      }),
    );
  });
});
