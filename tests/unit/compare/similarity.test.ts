import { describe, expect, it } from 'vitest';
import { jaccard, percent, shingles, similarity } from '../../../src/lib/compare/similarity.ts';

const bigram = (pair: string) => [...pair].map((c) => c.codePointAt(0)!).reduce((first, second) => first * 0x110000 + second);

describe('shingles', () => {
  it('are the bigrams of letters and digits, punctuation and spaces left out', () => {
    expect([...shingles('上合，组织 2017')].sort()).toEqual(['上合', '合组', '组织', '织2', '20', '01', '17'].map(bigram).sort());
  });

  it('count a repeated bigram once, and keep characters outside the BMP whole', () => {
    expect(shingles('合作合作').size).toBe(2); // 合作 作合 合作
    expect([...shingles('𠀀国')]).toEqual([bigram('𠀀国')]);
  });

  it('are the letter itself for a one-letter text, nothing for a text without letters', () => {
    expect([...shingles('（甲）')]).toEqual(['甲'.codePointAt(0)]);
    expect(shingles('——。').size).toBe(0);
  });
});

describe('similarity', () => {
  it('is the share of bigrams two texts have in common', () => {
    // 成员国认为 {成员 员国 国认 认为}, 成员国重申 {成员 员国 国重 重申}: 2 shared of 6.
    expect(similarity('成员国认为', '成员国重申')).toBeCloseTo(2 / 6);
    expect(jaccard(shingles('上合组织'), shingles('上合组织'))).toBe(1);
    expect(similarity('上合组织', '阿斯塔纳')).toBe(0);
  });

  it('ignores punctuation but calls only equal texts equal when they have no letters', () => {
    expect(similarity('上合组织。', '上合组织，')).toBe(1);
    expect(similarity('——', '——')).toBe(1);
    expect(similarity('——', '……')).toBe(0);
  });

  it('reads as a whole percentage rounded down', () => {
    expect(percent(0.629)).toBe('62%');
    expect(percent(0.999)).toBe('99%');
    expect(percent(1)).toBe('100%');
  });
});
