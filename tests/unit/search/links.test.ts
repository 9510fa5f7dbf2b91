import { describe, expect, it } from 'vitest';
import { highlightTerms, hitHref } from '../../../src/lib/search/links.ts';

describe('paragraph links', () => {
  it('links a hit to its paragraph with the terms to mark', () => {
    const href = hitHref('/2024-astana-declaration/#p17', ['贩毒、武器走私', 'a&b']);
    expect(href.endsWith('#p17')).toBe(true);
    expect(new URL(href, 'https://x.test').searchParams.get('hl')).toBe('贩毒、武器走私 a&b');
    expect(highlightTerms(new URL(href, 'https://x.test').search)).toEqual(['贩毒、武器走私', 'a&b']);
  });

  it('reads no terms from a page reached otherwise', () => {
    expect(highlightTerms('')).toEqual([]);
  });
});
