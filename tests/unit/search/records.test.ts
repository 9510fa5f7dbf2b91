import { describe, expect, it } from 'vitest';
import { documentRecord } from '../../../src/lib/search/records.ts';

const paragraph = (n: number, text: string) => ({ id: `2017-astana-declaration/p${n}`, document: '2017-astana-declaration', n, text });

describe('documentRecords', () => {
  it('indexes a whole document as one record of each index kind, with its filter and rank and no meta', () => {
    const paragraphs = [paragraph(1, '工作组（FATF）'), paragraph(2, '标准。')];
    const records = [documentRecord('2017-astana-declaration', 3, paragraphs, 'bigram'), documentRecord('2017-astana-declaration', 3, paragraphs, 'character')];
    expect(records).toEqual([
      {
        url: '/2017-astana-declaration/',
        // Blocks of 10 (the longer paragraph, 9 characters, and a gap): 标 starts at 10.
        content: ['工作 作组 . . FA AT TF . . .', '标准 . .', '. . . . . . .'].join(' '),
        language: 'zxx-x-bigram',
        filters: { doc: ['2017-astana-declaration'] },
        sort: { rank: '3' },
      },
      {
        url: '/2017-astana-declaration/',
        content: ['工 作 组 . F A T F . .', '标 准 .', '. . . . . . .'].join(' '),
        language: 'zxx-x-char',
        filters: { doc: ['2017-astana-declaration'] },
        sort: { rank: '3' },
      },
    ]);
  });

  it('stops the build on a character the index would not find as queries spell it', () => {
    expect(() => documentRecord('2017-astana-declaration', 0, [paragraph(1, '工作组（ＦＡＴＦ）标准。')], 'bigram')).toThrow(/U\+FF26.*scripts\/lib\/text/);
  });

  it('stops the build on paragraphs out of order or of another document', () => {
    expect(() => documentRecord('2017-astana-declaration', 0, [paragraph(2, '甲')], 'bigram')).toThrow(/numbered from 1/);
    expect(() => documentRecord('other', 0, [paragraph(1, '甲')], 'character')).toThrow(/must come in order/);
  });
});
