import { describe, expect, it } from 'vitest';
import { readParagraphRecords } from '../../../src/content/paragraph-record.ts';
import { RELATED_LIMIT, RELATED_THRESHOLD, relatedFiles, relatedParagraphs, type CorpusParagraph } from '../../../src/lib/compare/related.ts';
import { jaccard, shingles } from '../../../src/lib/compare/similarity.ts';
import { PROJECT_ROOT } from '../../helpers/project.ts';

const records = await readParagraphRecords(PROJECT_ROOT);

describe('relatedParagraphs on small corpora', () => {
  it('lists equal texts at 1 and close ones at their similarity, never the paragraph’s own document', () => {
    const corpus: CorpusParagraph[] = [
      { document: 'x', n: 1, text: '成员国支持联合国发挥中心作用。' },
      { document: 'x', n: 2, text: '成员国支持联合国发挥中心作用。' },
      { document: 'y', n: 1, text: '成员国支持联合国发挥中心作用。' },
      { document: 'z', n: 4, text: '成员国支持联合国发挥核心作用。' },
      { document: 'z', n: 5, text: '元首们祝贺哈萨克斯坦。' },
    ];
    const related = relatedParagraphs(corpus);
    expect(related.get('x')?.get(1)).toEqual([
      { document: 'y', n: 1, similarity: 1 },
      { document: 'z', n: 4, similarity: 0.733 },
    ]);
    expect(related.get('z')?.get(4)).toEqual([
      { document: 'x', n: 1, similarity: 0.733 },
      { document: 'y', n: 1, similarity: 0.733 },
    ]);
    expect(related.get('z')?.has(5)).toBe(false);
  });

  it('lists at most RELATED_LIMIT paragraphs, one per document, even for a text in hundreds of places', () => {
    const corpus: CorpusParagraph[] = Array.from({ length: 300 }, (_, i) => ({ document: `d${i % 100}`, n: 1 + Math.floor(i / 100), text: '成员国反对恐怖主义。' }));
    const listed = relatedParagraphs(corpus).get('d0')!.get(1)!;
    expect(listed).toHaveLength(RELATED_LIMIT);
    expect(new Set(listed.map(({ document }) => document)).size).toBe(RELATED_LIMIT);
    expect(listed.map(({ document }) => document)).not.toContain('d0');
  });
});

describe('relatedFiles', () => {
  it('gives every document a file naming the documents its lists point to', () => {
    const documents = [
      { slug: 'x', title: '甲文件', date: '2017-06-09' },
      { slug: 'y', title: '乙文件', date: '2024-07-04' },
      { slug: 'z', title: '丙文件', date: '2011-06-15' },
    ];
    const files = relatedFiles(documents, [
      { document: 'x', n: 3, text: '成员国反对恐怖主义。' },
      { document: 'y', n: 7, text: '成员国反对恐怖主义。' },
      { document: 'z', n: 1, text: '元首们祝贺哈萨克斯坦。' },
    ]);
    expect(files).toEqual([
      { slug: 'x', date: '2017-06-09', threshold: RELATED_THRESHOLD, documents: { y: { title: '乙文件', date: '2024-07-04' } }, paragraphs: { 3: [{ document: 'y', n: 7, similarity: 1 }] } },
      { slug: 'y', date: '2024-07-04', threshold: RELATED_THRESHOLD, documents: { x: { title: '甲文件', date: '2017-06-09' } }, paragraphs: { 7: [{ document: 'x', n: 3, similarity: 1 }] } },
      { slug: 'z', date: '2011-06-15', threshold: RELATED_THRESHOLD, documents: {}, paragraphs: {} },
    ]);
  });
});

describe('relatedParagraphs on the real corpus', () => {
  const related = relatedParagraphs(records);
  const texts = new Map(records.map((record) => [`${record.document}/${record.n}`, shingles(record.text)]));

  it('lists only pairs at or above the threshold, with their exact similarity, the best first', () => {
    for (const [document, lists] of related) {
      for (const [n, list] of lists) {
        expect(list.length).toBeLessThanOrEqual(RELATED_LIMIT);
        expect(list.map(({ similarity }) => similarity)).toEqual(list.map(({ similarity }) => similarity).toSorted((x, y) => y - x));
        for (const entry of list) {
          expect(entry.document).not.toBe(document);
          const exact = jaccard(texts.get(`${document}/${n}`)!, texts.get(`${entry.document}/${entry.n}`)!);
          // Rounded to 3 decimals in the data file.
          expect(Math.abs(entry.similarity - exact)).toBeLessThanOrEqual(0.0005 + 1e-12);
          expect(exact).toBeGreaterThanOrEqual(RELATED_THRESHOLD);
        }
      }
    }
  });

  it('finds the pairs named in the issue', () => {
    const listed = (document: string, n: number) => related.get(document)?.get(n)?.map((entry) => `${entry.document}/p${entry.n}`);
    expect(listed('2017-astana-foreign-ministers-communique', 14)).toContain('2017-astana-heads-of-state-communique/p22');
    expect(listed('2017-astana-heads-of-state-communique', 19)).toContain('2017-astana-declaration/p12');
    expect(listed('2017-astana-declaration', 15)).toContain('2024-astana-declaration/p49');
    expect(listed('2017-astana-declaration', 16)).toContain('2024-astana-declaration/p10');
  });

  it('finds at least 90 % of the best pairs per document that an all-pairs search finds', () => {
    let expected = 0;
    let found = 0;
    for (const record of records) {
      const best = new Set<string>();
      for (const other of records) {
        if (other.document !== record.document && jaccard(texts.get(`${record.document}/${record.n}`)!, texts.get(`${other.document}/${other.n}`)!) >= RELATED_THRESHOLD) best.add(other.document);
      }
      expected += best.size;
      found += related.get(record.document)?.get(record.n)?.length ?? 0;
    }
    expect(expected).toBeGreaterThan(100);
    expect(found / expected).toBeGreaterThanOrEqual(0.9);
  });
});
