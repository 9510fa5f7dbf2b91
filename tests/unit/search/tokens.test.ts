import { describe, expect, it } from 'vitest';
import {
  GAP_TOKEN,
  documentContent,
  documentStride,
  isWordCharacter,
  paragraphAt,
  runWords,
  termRuns,
  textTokens,
} from '../../../src/lib/search/tokens.ts';

describe('textTokens', () => {
  it('gives each character a bigram with the next word character, or a gap', () => {
    expect(textTokens('贩毒、武器', 'bigram')).toEqual(['贩毒', GAP_TOKEN, GAP_TOKEN, '武器', GAP_TOKEN]);
    expect(textTokens('FATF标准', 'bigram')).toEqual(['FA', 'AT', 'TF', 'F标', '标准', GAP_TOKEN]);
  });

  it('gives each word character alone in the character index', () => {
    expect(textTokens('贩毒、武器', 'character')).toEqual(['贩', '毒', GAP_TOKEN, '武', '器']);
  });

  it('keeps one token per code point, so a position is a character offset', () => {
    expect(textTokens('𠀀中 a', 'character')).toEqual(['𠀀', '中', GAP_TOKEN, 'a']);
  });
});

describe('documentContent and paragraphAt', () => {
  const texts = ['甲乙丙', '丁', '戊己'];

  it('starts every paragraph at a multiple of the stride, padded with gaps', () => {
    expect(documentStride(texts)).toBe(4);
    const tokens = documentContent(texts, 'character').split(' ');
    expect(tokens).toEqual(['甲', '乙', '丙', '.', '丁', '.', '.', '.', '戊', '己', '.', '.']);
    expect(tokens.indexOf('丁')).toBe(4);
    expect(paragraphAt(tokens.indexOf('丁'), 4)).toEqual({ n: 2, offset: 0 });
    expect(paragraphAt(tokens.indexOf('己'), 4)).toEqual({ n: 3, offset: 1 });
  });

  it('never lets a bigram reach into the next paragraph', () => {
    const tokens = documentContent(['甲乙', '丙丁'], 'bigram').split(' ');
    expect(tokens).toEqual(['甲乙', '.', '.', '丙丁', '.', '.']);
  });
});

describe('termRuns and runWords', () => {
  it('splits a term at punctuation, keeping each run’s offset', () => {
    expect(termRuns('贩毒、武器走私')).toEqual([
      { text: '贩毒', offset: 0 },
      { text: '武器走私', offset: 3 },
    ]);
    expect(termRuns('《联合国宪章》')).toEqual([{ text: '联合国宪章', offset: 1 }]);
    expect(termRuns('、')).toEqual([]);
  });

  it('looks a run up by bigrams that cover every character, or by its one character', () => {
    expect(runWords('恐')).toEqual([{ word: '恐', offset: 0, kind: 'character' }]);
    expect(runWords('上合组织').map((word) => [word.word, word.offset])).toEqual([
      ['上合', 0],
      ['组织', 2],
    ]);
    expect(runWords('阿斯塔纳人').map((word) => [word.word, word.offset])).toEqual([
      ['阿斯', 0],
      ['塔纳', 2],
      ['纳人', 3],
    ]);
  });
});

describe('isWordCharacter', () => {
  it('is true for what Pagefind indexes: letters and digits of any script', () => {
    for (const char of ['组', 'F', 'f', '2', 'é', 'Ж']) expect(isWordCharacter(char)).toBe(true);
  });
  it('is false for punctuation and spaces', () => {
    for (const char of ['、', '，', '《', '（', '-', ' ', '\u3000', '“', '_']) expect(isWordCharacter(char)).toBe(false);
  });
});
