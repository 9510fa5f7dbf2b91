import { describe, expect, it } from 'vitest';
import { collapseLines, kwicLines, sortLines, type KwicLine } from '../../../src/lib/concordance/kwic.ts';
import type { Hit } from '../../../src/lib/search/results.ts';
import { searchDocuments } from '../search/fake-index.ts';

const [old, middle, recent] = searchDocuments([
  { slug: 'old', date: '2011-06-15', texts: [] },
  { slug: 'middle', date: '2017-06-09', texts: [] },
  { slug: 'recent', date: '2024-07-04', texts: [] },
]);

/** A hit whose ranges are every occurrence of `term` (found here by plain indexOf, as the search would mark them). */
function hit(document: Hit['document'], n: number, text: string, term: string): Hit {
  const ranges = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) ranges.push({ start: at, end: at + term.length });
  return { document, n, text, ranges };
}

const show = (lines: readonly KwicLine[]) => lines.map((line) => `${line.left}|${line.match}|${line.right}`);

describe('kwicLines', () => {
  it('makes one line per range, in reading order, with the context of the same paragraph only', () => {
    const lines = kwicLines(hit(old, 3, '加强反恐合作，深化反恐交流。', '反恐'), 30);
    expect(show(lines)).toEqual(['加强|反恐|合作，深化反恐交流。', '加强反恐合作，深化|反恐|交流。']);
    expect(lines.map(({ document, n, at }) => `${document.slug}/p${n}@${at}`)).toEqual(['old/p3@2', 'old/p3@9']);
  });

  it('cuts the context at the width, counting characters, never halves of one', () => {
    const text = `${'一二三四五'.repeat(10)}反恐${'𠀀'.repeat(8)}`;
    const [line] = kwicLines(hit(middle, 1, text, '反恐'), 6);
    expect(line.left).toBe('五一二三四五');
    expect(line.right).toBe('𠀀'.repeat(6));
  });

  it('takes the match as the text has it (a wildcard span, a phrase with punctuation)', () => {
    const text = '构建更加紧密的命运共同体。';
    const lines = kwicLines({ document: recent, n: 2, text, ranges: [{ start: 0, end: 12 }] }, 30);
    expect(show(lines)).toEqual(['|构建更加紧密的命运共同体|。']);
  });
});

describe('sortLines', () => {
  const lines = [
    ...kwicLines(hit(recent, 1, '各方在反恐领域', '反恐'), 30),
    ...kwicLines(hit(recent, 2, '坚决打击反恐怖主义', '反恐'), 30),
    ...kwicLines(hit(middle, 1, '深化安全和反恐合作', '反恐'), 30),
    ...kwicLines(hit(old, 1, '开展联合反恐演习', '反恐'), 30),
    ...kwicLines(hit(old, 2, '和反恐合作', '反恐'), 30),
  ];

  it('by left context: the character nearest the match first, in pinyin order', () => {
    // L1: 合 hé (U+5408) before 和 hé (U+548C), then 击 jī, 在 zài; of the two 和, the one with no L2 first.
    expect(show(sortLines(lines, 'left'))).toEqual(['开展联合|反恐|演习', '和|反恐|合作', '深化安全和|反恐|合作', '坚决打击|反恐|怖主义', '各方在|反恐|领域']);
  });

  it('by right context: the 1–3 characters after the match, ties by date', () => {
    expect(show(sortLines(lines, 'right'))).toEqual(['坚决打击|反恐|怖主义', '和|反恐|合作', '深化安全和|反恐|合作', '各方在|反恐|领域', '开展联合|反恐|演习']);
  });

  it('by date: oldest documents first, each in reading order', () => {
    expect(sortLines(lines, 'date').map((line) => `${line.document.slug}/p${line.n}`)).toEqual(['old/p1', 'old/p2', 'middle/p1', 'recent/p1', 'recent/p2']);
  });

  it('leaves its input as it was', () => {
    const before = show(lines);
    sortLines(lines, 'left');
    expect(show(lines)).toEqual(before);
  });
});

describe('collapseLines', () => {
  it('makes identical lines one, counting them and naming their years, in the order of their first line', () => {
    const lines = [
      ...kwicLines(hit(recent, 4, '加强反恐合作', '反恐'), 30),
      ...kwicLines(hit(old, 9, '加强反恐合作', '反恐'), 30),
      ...kwicLines(hit(middle, 2, '深化反恐合作', '反恐'), 30),
      ...kwicLines(hit(recent, 8, '加强反恐合作', '反恐'), 30),
    ];
    const groups = collapseLines(lines);
    expect(groups.map(({ line, count, years }) => [show([line])[0], `${line.document.slug}/p${line.n}`, count, years])).toEqual([
      ['加强|反恐|合作', 'recent/p4', 3, ['2011', '2024']],
      ['深化|反恐|合作', 'middle/p2', 1, ['2017']],
    ]);
  });

  it('keeps lines apart that differ anywhere in their context', () => {
    expect(collapseLines([...kwicLines(hit(old, 1, '甲反恐乙', '反恐'), 30), ...kwicLines(hit(old, 2, '甲反恐丙', '反恐'), 30)])).toHaveLength(2);
  });
});
