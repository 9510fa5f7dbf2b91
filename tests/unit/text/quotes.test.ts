import { describe, expect, it } from 'vitest';
import { cornerBracketsToQuotes, pairStraightQuotes, UnpairedQuoteError } from '../../../scripts/lib/text/quotes.ts';

describe('pairStraightQuotes', () => {
  it('pairs by alternation', () => {
    expect(pairStraightQuotes('简称"上合组织"或"本组织"')).toBe('简称“上合组织”或“本组织”');
    expect(pairStraightQuotes('"和平使命-2016"联合反恐演习')).toBe('“和平使命-2016”联合反恐演习');
  });

  it('leaves text without straight quotes alone', () => {
    expect(pairStraightQuotes('“已配对”')).toBe('“已配对”');
  });

  it('refuses an odd count rather than guess', () => {
    expect(() => pairStraightQuotes('寻求"一揽子解决方案')).toThrow(UnpairedQuoteError);
  });
});

describe('cornerBracketsToQuotes', () => {
  it('uses mainland quotation marks', () => {
    expect(cornerBracketsToQuotes('「上海精神」與『內層』')).toBe('“上海精神”與‘內層’');
  });
});
