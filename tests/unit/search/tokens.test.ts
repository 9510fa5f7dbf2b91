import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentText, indexContent, isWordCharacter, phraseQueries } from '../../../src/lib/search/tokens.ts';

describe('indexContent', () => {
  it('makes every character a word of its own', () => {
    expect(indexContent('贩毒、武器')).toBe('贩 毒 、 武 器');
    expect(indexContent('FATF标准')).toBe('F A T F 标 准');
  });

  it('keeps the text recoverable, spaces included', () => {
    expect(contentText(indexContent('Public domain'))).toBe('Public domain');
    fc.assert(
      fc.property(
        // Normalised texts hold no white space but the plain space (and never ␠).
        fc.string({ unit: 'grapheme' }).filter((text) => !/[\u2420\u200b]|[^\S ]/u.test(text)),
        (text) => contentText(indexContent(text)) === text,
      ),
    );
  });
});

describe('isWordCharacter', () => {
  it('is true for what Pagefind indexes: letters and digits of any script', () => {
    for (const char of ['组', 'F', 'f', '2', 'é', 'Ж']) expect(isWordCharacter(char)).toBe(true);
  });
  it('is false for punctuation and spaces', () => {
    for (const char of ['、', '，', '《', '（', '-', ' ', '\u3000', '“']) expect(isWordCharacter(char)).toBe(false);
  });
});

describe('phraseQueries', () => {
  it('turns a term into one exact phrase of its characters', () => {
    expect(phraseQueries('组织成员')).toEqual(['"组 织 成 员"']);
    expect(phraseQueries('恐')).toEqual(['"恐"']);
    expect(phraseQueries('2030年')).toEqual(['"2 0 3 0 年"']);
  });

  // Pagefind segments a query with Intl.Segmenter on Chinese pages; a word of
  // one character cannot be cut, while a two-character n-gram often is.
  it('gives phrases that Pagefind’s query segmentation leaves as they are', () => {
    const words = (text: string) =>
      Array.from(new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text), ({ segment }) => segment).filter((segment) => segment.trim());
    expect(words(phraseQueries('上海合作组织成员国元首')[0].slice(1, -1))).toEqual(Array.from('上海合作组织成员国元首'));
    expect(words('国元')).not.toEqual(['国元']);
  });

  it('splits a term at punctuation, which the index does not hold', () => {
    expect(phraseQueries('贩毒、武器走私')).toEqual(['"贩 毒"', '"武 器 走 私"']);
    expect(phraseQueries('《联合国宪章》')).toEqual(['"联 合 国 宪 章"']);
    expect(phraseQueries('、')).toEqual([]);
  });
});
