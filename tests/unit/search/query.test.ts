import { describe, expect, it } from 'vitest';
import { hanCharacters, queryTerms } from '../../../src/lib/search/query.ts';

describe('queryTerms', () => {
  it('splits at spaces, ignoring stray and full-width ones', () => {
    expect(queryTerms('阿富汗 和平')).toEqual(['阿富汗', '和平']);
    expect(queryTerms('  阿富汗   和平 ')).toEqual(['阿富汗', '和平']);
    expect(queryTerms('阿富汗　和平')).toEqual(['阿富汗', '和平']);
  });

  it('folds full-width forms and case', () => {
    expect(queryTerms('ＦＡＴＦ')).toEqual(['fatf']);
    expect(queryTerms('２０３０年')).toEqual(['2030年']);
  });

  it('keeps punctuation inside a term and drops terms that are only punctuation', () => {
    expect(queryTerms('贩毒、武器走私')).toEqual(['贩毒、武器走私']);
    expect(queryTerms('《 》 、 合作')).toEqual(['合作']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('drops repeated terms', () => {
    expect(queryTerms('合作 合作')).toEqual(['合作']);
  });
});

describe('hanCharacters', () => {
  it('lists each Chinese character of a query once', () => {
    expect(hanCharacters('聯合國 合作 FATF')).toEqual(['聯', '合', '國', '作']);
    expect(hanCharacters('FATF 2030')).toEqual([]);
  });
});
