import { describe, expect, it } from 'vitest';
import { formatQuery } from '../../../src/lib/query/format.ts';
import { hanCharacters, highlightQuery, leafTexts, positiveLeaves, queryLeaves } from '../../../src/lib/query/terms.ts';
import { parsed } from './parsed.ts';

describe('leaves', () => {
  const query = parsed('(反恐 | 构建*共同体) 合作 -阿富汗 -(和平 反恐)');

  it('lists every text and gap once for the index, excluded ones too', () => {
    expect(queryLeaves(query).map((leaf) => formatQuery(leaf))).toEqual(['反恐', '构建*共同体', '合作', '阿富汗', '和平']);
    expect(leafTexts(queryLeaves(query))).toEqual(['反恐', '构建', '共同体', '合作', '阿富汗', '和平']);
  });

  it('marks only the positive ones', () => {
    expect(positiveLeaves(query).map((leaf) => formatQuery(leaf))).toEqual(['反恐', '构建*共同体', '合作']);
    expect(formatQuery(highlightQuery(query))).toBe('反恐 | 构建*共同体 | 合作');
    expect(formatQuery(highlightQuery(parsed('"上海精神"')))).toBe('上海精神');
  });
});

describe('hanCharacters', () => {
  it('lists the distinct Chinese characters', () => {
    expect(hanCharacters('聯合國 合作 FATF')).toEqual(['聯', '合', '國', '作']);
    expect(hanCharacters('FATF 2030')).toEqual([]);
  });
});
