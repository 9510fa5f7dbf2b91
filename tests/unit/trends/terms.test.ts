import { describe, expect, it } from 'vitest';
import { MAX_TERMS, readTrendTerms } from '../../../src/lib/trends/terms.ts';
import { trendsUrl } from '../../../src/lib/urls.ts';

describe('readTrendTerms', () => {
  it('reads every ?t=, folded and split at spaces as search does, each term once', () => {
    expect(readTrendTerms('?t=上海精神&t=命运共同体&t=多极')).toEqual({ terms: ['上海精神', '命运共同体', '多极'], problems: [] });
    expect(readTrendTerms(`?t=${encodeURIComponent('阿富汗　和平')}&t=ＳＣＯ&t=阿富汗&t=&t=、`)).toEqual({ terms: ['阿富汗', '和平', 'sco'], problems: [] });
    expect(readTrendTerms('')).toEqual({ terms: [], problems: [] });
  });

  it('leaves out a term with punctuation and the terms beyond the tenth, naming them', () => {
    const many = Array.from({ length: MAX_TERMS + 2 }, (_, i) => `t=词${i}`).join('&');
    const { terms, problems } = readTrendTerms(`?${many}&t=${encodeURIComponent('《联合国宪章》')}`);
    expect(terms).toHaveLength(MAX_TERMS);
    expect(problems).toEqual(['“《联合国宪章》”含标点，无法只凭索引计数：请去掉标点，或拆成几个提法。', `最多比较 ${MAX_TERMS} 个提法，未计入：词10、词11。`]);
  });

  it('reads back the address trendsUrl writes', () => {
    expect(trendsUrl(['上海精神', '反恐'])).toBe(`/trends/?t=${encodeURIComponent('上海精神')}&t=${encodeURIComponent('反恐')}`);
    expect(trendsUrl([])).toBe('/trends/');
    expect(readTrendTerms(trendsUrl(['上海精神', '反恐']).slice('/trends/'.length)).terms).toEqual(['上海精神', '反恐']);
  });
});
