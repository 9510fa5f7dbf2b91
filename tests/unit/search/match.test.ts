import { describe, expect, it } from 'vitest';
import { matchRanges, mergeRanges, splitByRanges, termRanges } from '../../../src/lib/search/match.ts';

describe('matchRanges', () => {
  const text = '打击恐怖主义、分裂主义和极端主义，以及贩毒、武器走私等';

  it('finds a contiguous string', () => {
    expect(matchRanges(text, ['贩毒、武器走私'])).toEqual([{ start: 19, end: 26 }]);
  });

  it('needs every term', () => {
    expect(matchRanges(text, ['恐怖', '贩毒'])).toEqual([
      { start: 2, end: 4 },
      { start: 19, end: 21 },
    ]);
    expect(matchRanges(text, ['恐怖', '阿富汗'])).toBeNull();
    expect(matchRanges(text, [])).toBeNull();
  });

  it('does not match characters that are apart in the text', () => {
    expect(matchRanges(text, ['毒武'])).toBeNull();
  });

  it('marks every occurrence', () => {
    expect(termRanges(text, ['主义'])).toEqual([
      { start: 4, end: 6 },
      { start: 9, end: 11 },
      { start: 14, end: 16 },
    ]);
  });

  it('matches folded terms against full-width text at the text’s own offsets', () => {
    expect(matchRanges('工作组（ＦＡＴＦ）标准', ['fatf'])).toEqual([{ start: 4, end: 8 }]);
  });
});

describe('mergeRanges', () => {
  it('joins overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 7 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
        { start: 7, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 8 },
    ]);
  });
});

describe('splitByRanges', () => {
  it('cuts the text into marked and plain pieces', () => {
    expect(splitByRanges('维护经济金融稳定', [{ start: 2, end: 4 }])).toEqual([
      { text: '维护', marked: false },
      { text: '经济', marked: true },
      { text: '金融稳定', marked: false },
    ]);
    expect(splitByRanges('合作', [{ start: 0, end: 2 }])).toEqual([{ text: '合作', marked: true }]);
  });
});
