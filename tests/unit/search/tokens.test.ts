import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GAP_TOKEN,
  documentContent,
  documentLayout,
  layoutSize,
  formatLayout,
  isWordCharacter,
  paragraphAt,
  parseLayout,
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

describe('documentLayout, documentContent and paragraphAt', () => {
  it('puts each paragraph in a block, padded with gaps', () => {
    const texts = ['甲乙丙', '丁', '戊己'];
    expect(documentLayout(texts)).toEqual({ block: 4, long: [], paragraphs: 3 });
    const tokens = documentContent(texts, 'character').split(' ');
    expect(tokens).toEqual(['甲', '乙', '丙', '.', '丁', '.', '.', '.', '戊', '己', '.', '.']);
    expect(layoutSize(documentLayout(texts))).toBe(12);
    expect(paragraphAt(tokens.indexOf('丁'), documentLayout(texts))).toEqual({ n: 2, offset: 0, end: 8 });
    expect(paragraphAt(tokens.indexOf('己'), documentLayout(texts))).toEqual({ n: 3, offset: 1, end: 12 });
  });

  it('gives the few longest paragraphs several blocks', () => {
    const texts = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '一二三四五六七'];
    const layout = documentLayout(texts);
    expect(layout).toEqual({ block: 2, long: [[11, 4]], paragraphs: 11 });
    expect(parseLayout(formatLayout(layout))).toEqual(layout);
    expect(formatLayout(layout)).toBe('2 11 11:4');
    // Ten paragraphs of one block, one of four: fourteen blocks of two.
    expect(layoutSize(layout)).toBe(28);
    expect(documentContent(texts, 'character').split(' ')).toHaveLength(28);
  });

  // Every position reads back as a paragraph and offset holding exactly the token there; every character is met once, in order.
  it('reads back the paragraph and offset of every position', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('甲', '乙', '、'), maxLength: 30 }), { minLength: 1, maxLength: 12 }), (texts) => {
        const layout = parseLayout(formatLayout(documentLayout(texts)));
        const seen: string[] = [];
        let previous = 1;
        const tokens = documentContent(texts, 'character').split(' ');
        expect(tokens).toHaveLength(layoutSize(layout));
        // Where each paragraph's positions end, read off the positions themselves.
        const ends = new Map(tokens.map((_, position) => [paragraphAt(position, layout).n, position + 1]));
        tokens.forEach((token, position) => {
            const { n, offset, end } = paragraphAt(position, layout);
            expect(n).toBeGreaterThanOrEqual(previous);
            expect(end).toBe(ends.get(n));
            previous = n;
            const char = Array.from(texts[n - 1])[offset];
            expect(token).toBe(char === undefined || char === '、' ? GAP_TOKEN : char);
            if (char !== undefined) seen.push(`${n}:${offset}`);
          });
        expect(seen).toEqual(texts.flatMap((text, i) => Array.from(text, (_, offset) => `${i + 1}:${offset}`)));
      }),
    );
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
