import { describe, expect, it } from 'vitest';
import { paragraphRecord, type IndexedDocument } from '../../../src/lib/search/records.ts';

const document: IndexedDocument = {
  slug: '2017-astana-declaration',
  title: '上海合作组织成员国元首阿斯塔纳宣言',
  kind: '宣言',
  council: '元首理事会',
  date: new Date('2017-06-09'),
};
const paragraph = { id: '2017-astana-declaration/p34', document: '2017-astana-declaration', n: 34, text: '工作组（FATF）标准。' };

describe('paragraphRecord', () => {
  it('indexes one paragraph under its permalink, with the facets as filters', () => {
    expect(paragraphRecord(paragraph, document)).toEqual({
      url: '/2017-astana-declaration/#p34',
      content: '工 作 组 （ F A T F ） 标 准 。',
      language: 'zh-cn',
      meta: { title: '上海合作组织成员国元首阿斯塔纳宣言', date: '2017-06-09' },
      filters: { year: ['2017'], kind: ['宣言'], council: ['元首理事会'] },
    });
  });

  it('has no one-character meta word, which a one-character query word would match', () => {
    const { meta } = paragraphRecord(paragraph, document);
    const words = Object.values(meta!).flatMap((value) => value.split(/\s+/).flatMap((word) => [word, ...word.split(/[-_.]/)]));
    expect(words.filter((word) => Array.from(word.replace(/[^\p{L}\p{N}]/gu, '')).length === 1)).toEqual([]);
  });

  it('stops the build on a character the index would not find as queries spell it', () => {
    expect(() => paragraphRecord({ ...paragraph, text: '工作组（ＦＡＴＦ）标准。' }, document)).toThrow(/U\+FF26.*scripts\/lib\/text/);
  });

  it('stops the build on a text that would not come back whole from the index', () => {
    expect(() => paragraphRecord({ ...paragraph, text: '甲\u2420乙' }, document)).toThrow(/does not survive indexing/);
  });
});
