import { describe, expect, it } from 'vitest';
import { highlightLeaves, hitHref } from '../../../src/lib/search/links.ts';
import { parsed } from '../query/parsed.ts';

describe('paragraph links', () => {
  it('links a hit to its paragraph with what to mark: the positive texts and gaps, any of them', () => {
    const href = hitHref('/2024-astana-declaration/#p17', parsed('贩毒、武器走私 a&b -阿富汗 "上海 精神"'));
    expect(href.endsWith('#p17')).toBe(true);
    expect(new URL(href, 'https://x.test').searchParams.get('hl')).toBe('贩毒、武器走私 | a&b | "上海 精神"');
    expect(highlightLeaves(new URL(href, 'https://x.test').search)).toEqual([
      { kind: 'text', text: '贩毒、武器走私' },
      { kind: 'text', text: 'a&b' },
      { kind: 'text', text: '上海 精神' },
    ]);
    const gap = hitHref('/x/#p1', parsed('构建*命运共同体'));
    expect(highlightLeaves(new URL(gap, 'https://x.test').search)).toEqual([{ kind: 'gap', before: '构建', after: '命运共同体' }]);
  });

  it('reads the terms of links made before the query language (space-separated)', () => {
    expect(highlightLeaves('?hl=阿富汗+和平')).toEqual([
      { kind: 'text', text: '阿富汗' },
      { kind: 'text', text: '和平' },
    ]);
  });

  it('reads nothing from a page reached otherwise, or from a malformed hl', () => {
    expect(highlightLeaves('')).toEqual([]);
    expect(highlightLeaves('?hl=%22unclosed')).toEqual([]);
  });
});
