import { describe, expect, it } from 'vitest';
import { matchRanges, mergeRanges, occurrenceRanges, splitByRanges } from '../../../src/lib/search/match.ts';
import { parsed } from '../query/parsed.ts';

describe('matchRanges', () => {
  const text = '打击恐怖主义、分裂主义和极端主义，以及贩毒、武器走私等';

  it('finds a contiguous string', () => {
    expect(matchRanges(text, parsed('贩毒、武器走私'))).toEqual([{ start: 19, end: 26 }]);
  });

  it('needs every term', () => {
    expect(matchRanges(text, parsed('恐怖 贩毒'))).toEqual([
      { start: 2, end: 4 },
      { start: 19, end: 21 },
    ]);
    expect(matchRanges(text, parsed('恐怖 阿富汗'))).toBeNull();
    expect(matchRanges(text, parsed(''))).toBeNull();
  });

  it('does not match characters that are apart in the text', () => {
    expect(matchRanges(text, parsed('毒武'))).toBeNull();
  });

  it('marks every occurrence', () => {
    expect(occurrenceRanges(text, [{ kind: 'text', text: '主义' }])).toEqual([
      { start: 4, end: 6 },
      { start: 9, end: 11 },
      { start: 14, end: 16 },
    ]);
  });

  it('marks either term of an OR, whichever is there, and no excluded term', () => {
    expect(matchRanges(text, parsed('阿富汗 | 贩毒'))).toEqual([{ start: 19, end: 21 }]);
    expect(matchRanges(text, parsed('贩毒 | 恐怖'))).toEqual([
      { start: 2, end: 4 },
      { start: 19, end: 21 },
    ]);
    expect(matchRanges(text, parsed('贩毒 -阿富汗'))).toEqual([{ start: 19, end: 21 }]);
    expect(matchRanges(text, parsed('贩毒 -恐怖'))).toBeNull();
    expect(matchRanges(text, parsed('(阿富汗 | 贩毒) -(恐怖 和平)'))).toEqual([{ start: 19, end: 21 }]);
  });

  it('marks a gap’s whole span, the shortest from each start, never across a sentence end', () => {
    // 打击|恐怖主义、|分裂主义: 1–10 characters between.
    expect(matchRanges(text, parsed('打击*分裂'))).toEqual([{ start: 0, end: 9 }]);
    expect(matchRanges(text, parsed('主义*主义'))).toEqual([{ start: 4, end: 11 }]);
    expect(matchRanges(text, parsed('恐怖*主义'))).toEqual([{ start: 2, end: 11 }]);
    expect(matchRanges(text, parsed('打击*贩毒'))).toBeNull(); // 17 characters between
    expect(matchRanges(text, parsed('恐怖主义*分裂'))).toEqual([{ start: 2, end: 9 }]); // the filler is 、 alone
    expect(matchRanges('甲乙。丙丁', parsed('乙*丙'))).toBeNull();
    expect(matchRanges('甲乙，丙丁', parsed('乙*丙'))).toEqual([{ start: 1, end: 4 }]);
    expect(matchRanges('甲乙丙', parsed('乙*丙'))).toBeNull();
  });

  it('matches folded terms against full-width text at the text’s own offsets', () => {
    expect(matchRanges('工作组（ＦＡＴＦ）标准', parsed('fatf'))).toEqual([{ start: 4, end: 8 }]);
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
