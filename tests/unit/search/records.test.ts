import { describe, expect, it } from 'vitest';
import { indexPageRecord } from '../../../src/lib/search/records.ts';

const paragraph = (document: string, n: number, text: string) => ({ id: `${document}/p${n}`, document, n, text });
const declaration = { slug: '2017-astana-declaration', paragraphs: [paragraph('2017-astana-declaration', 1, '工作组（FATF）'), paragraph('2017-astana-declaration', 2, '标准。')] };
const communique = { slug: '2017-astana-communique', paragraphs: [paragraph('2017-astana-communique', 1, '合作')] };

describe('indexPageRecord', () => {
  it('indexes the documents of a page one after the other, as one record of each index kind, with its filter and rank and no meta', () => {
    const records = (['bigram', 'character'] as const).map((kind) => indexPageRecord(3, [declaration, communique], kind));
    expect(records).toEqual([
      {
        url: '/search/#index-page-3',
        // The declaration in blocks of 10 (its longer paragraph, 9 characters, and a gap): 标 at 10; then the communiqué in one block of 3, from 20.
        content: ['工作 作组 . . FA AT TF . . .', '标准 . .', '. . . . . . .', '合作 . .'].join(' '),
        language: 'zxx-x-bigram',
        filters: { page: ['3'] },
        sort: { rank: '3' },
      },
      {
        url: '/search/#index-page-3',
        content: ['工 作 组 . F A T F . .', '标 准 .', '. . . . . . .', '合 作 .'].join(' '),
        language: 'zxx-x-char',
        filters: { page: ['3'] },
        sort: { rank: '3' },
      },
    ]);
  });

  it('gives a document without paragraphs no position', () => {
    const empty = { slug: 'empty', paragraphs: [] };
    expect(indexPageRecord(0, [empty, communique, empty], 'character').content).toBe('合 作 .');
  });

  it('stops the build on a character the index would not find as queries spell it', () => {
    const fullWidth = { slug: '2017-astana-declaration', paragraphs: [paragraph('2017-astana-declaration', 1, '工作组（ＦＡＴＦ）标准。')] };
    expect(() => indexPageRecord(0, [fullWidth], 'bigram')).toThrow(/U\+FF26.*scripts\/lib\/text/);
  });

  it('stops the build on paragraphs out of order or of another document', () => {
    expect(() => indexPageRecord(0, [{ slug: '2017-astana-declaration', paragraphs: [paragraph('2017-astana-declaration', 2, '甲')] }], 'bigram')).toThrow(/numbered from 1/);
    expect(() => indexPageRecord(0, [{ slug: 'other', paragraphs: [paragraph('2017-astana-declaration', 1, '甲')] }], 'character')).toThrow(/must come in order/);
  });
});
