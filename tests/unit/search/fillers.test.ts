import { describe, expect, it } from 'vitest';
import { fillerRows, withinFiles } from '../../../src/lib/search/fillers.ts';

describe('fillerRows', () => {
  const gap = { kind: 'gap', before: '构建', after: '共同体' } as const;

  it('counts each distinct filler, most frequent first, with the earliest year', () => {
    const rows = fillerRows(
      [
        { text: '构建人类命运共同体，构建上合组织命运共同体。', year: '2019' },
        { text: '构建上合组织命运共同体', year: '2018' },
        { text: '构建更加紧密的命运共同体', year: '2024' },
        { text: '构建。命运共同体', year: '2001' },
      ],
      gap,
    );
    expect(rows).toEqual([
      { filler: '上合组织命运', span: '构建上合组织命运共同体', count: 2, firstYear: '2018' },
      { filler: '人类命运', span: '构建人类命运共同体', count: 1, firstYear: '2019' },
      { filler: '更加紧密的命运', span: '构建更加紧密的命运共同体', count: 1, firstYear: '2024' },
    ]);
  });

  it('groups full-width and half-width forms, showing the first as found', () => {
    const rows = fillerRows(
      [
        { text: '构建ＡＢ共同体', year: '2020' },
        { text: '构建ab共同体', year: '2010' },
      ],
      gap,
    );
    expect(rows).toEqual([{ filler: 'ＡＢ', span: '构建ＡＢ共同体', count: 2, firstYear: '2010' }]);
  });
});

describe('withinFiles', () => {
  it('keeps references up to the given number of distinct files, in order', () => {
    const refs = [1, 2, 3, 11, 12, 21, 22, 31].map((n) => ({ n }));
    const kept = withinFiles(refs, ({ n }) => String(Math.floor((n - 1) / 10)), 2);
    expect(kept.map(({ n }) => n)).toEqual([1, 2, 3, 11, 12]);
    expect(withinFiles(refs, ({ n }) => String(n), 100)).toEqual(refs);
  });
});
