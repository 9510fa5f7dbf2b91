import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuery } from '../../../src/lib/query/format.ts';
import { isQueryError, parseQuery } from '../../../src/lib/query/parse.ts';
import { parsed } from './parsed.ts';

describe('formatQuery', () => {
  it.each([
    ['  阿富汗   和平 ', '阿富汗 和平'],
    ['反恐|反极端', '反恐 | 反极端'],
    ['恐怖主义  -极端主义', '恐怖主义 -极端主义'],
    ['"上海精神"', '上海精神'],
    ['"上海精神"。', '上海精神。'],
    ['"上海 精神"', '"上海 精神"'],
    ['"a""b"', '"a""b"'],
    ['"-a"', '"-a"'],
    ['"a|b"', '"a|b"'],
    ['构建*命运共同体', '构建*命运共同体'],
    ['"a b"*c', '"a b"*c'],
    ['反恐 | (反极端 合作)', '反恐 | (反极端 合作)'],
    ['(反恐 | 反极端) 合作', '反恐 | 反极端 合作'],
    ['合作 -(阿富汗 | 和平)', '合作 -(阿富汗 | 和平)'],
    ['ＦＡＴＦ', 'fatf'],
  ])('writes %j as %j', (input, canonical) => {
    expect(formatQuery(parsed(input))).toBe(canonical);
  });

  it('is read back as the same query (round trip), for any input that parses', () => {
    const alphabet = ['合', '作', '反', ' ', '"', '|', '-', '*', '(', ')', '、', 'a', 'Ａ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (chars) => {
        const query = parseQuery(chars.join(''));
        if (isQueryError(query)) return;
        const again = parseQuery(formatQuery(query));
        expect(again).toEqual(query);
        expect(formatQuery(again as typeof query)).toBe(formatQuery(query));
      }),
      { numRuns: 3000 },
    );
  });
});
