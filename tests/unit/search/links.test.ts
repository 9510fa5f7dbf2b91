import { describe, expect, it } from 'vitest';
import { highlightTerms, hitHref, paragraphUrl, parseParagraphUrl } from '../../../src/lib/search/links.ts';

describe('paragraph links', () => {
  it('names a paragraph by document and number', () => {
    expect(paragraphUrl('2017-astana-declaration', 34)).toBe('/2017-astana-declaration/#p34');
    expect(parseParagraphUrl('/2017-astana-declaration/#p34')).toEqual({ document: '2017-astana-declaration', n: 34 });
    expect(parseParagraphUrl('/2017-astana-declaration/?hl=x#p34')).toEqual({ document: '2017-astana-declaration', n: 34 });
    expect(parseParagraphUrl('/2017-astana-declaration/')).toBeNull();
  });

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
