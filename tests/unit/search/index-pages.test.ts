import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_PER_INDEX_PAGE, documentPositions, indexPages } from '../../../src/lib/search/index-pages.ts';
import { indexPageRecord } from '../../../src/lib/search/records.ts';
import { documentContent, documentLayout, type Layout } from '../../../src/lib/search/tokens.ts';

const layout = (block: number, paragraphs: number, long: [number, number][] = []): Layout => ({ block, long, paragraphs });

describe('indexPages', () => {
  it('puts sixteen documents to a page in rank order, each starting where the one before it ends', () => {
    const documents = Array.from({ length: 35 }, (_, rank) => ({ slug: `d${rank}`, layout: layout(10, 2) }));
    const pages = indexPages(documents);
    expect(DOCUMENTS_PER_INDEX_PAGE).toBe(16);
    expect(pages.map((page) => page.length)).toEqual([16, 16, 3]);
    expect(pages[1][0]).toEqual({ slug: 'd16', start: 0, size: 20 });
    expect(pages[2]).toEqual([
      { slug: 'd32', start: 0, size: 20 },
      { slug: 'd33', start: 20, size: 20 },
      { slug: 'd34', start: 40, size: 20 },
    ]);
  });

  it('counts a long paragraph’s extra blocks, and nothing for an empty document', () => {
    const [page] = indexPages([
      { slug: 'a', layout: layout(4, 3, [[2, 3]]) },
      { slug: 'empty', layout: layout(1, 0) },
      { slug: 'b', layout: layout(2, 1) },
    ]);
    expect(page).toEqual([
      { slug: 'a', start: 0, size: 20 },
      { slug: 'empty', start: 20, size: 0 },
      { slug: 'b', start: 20, size: 2 },
    ]);
  });
});

describe('documentPositions', () => {
  // The truth from the record Pagefind indexes: the token at a page position is the token at the
  // document position it is read back as, in that document's own content.
  it('reads every position of a page back as the same token of its document', () => {
    const texts = fc.array(fc.string({ unit: fc.constantFrom('甲', '乙', '。'), maxLength: 12 }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: DOCUMENTS_PER_INDEX_PAGE }), (documents) => {
        const named = documents.map((paragraphs, i) => ({
          slug: `d${i}`,
          paragraphs: paragraphs.map((text, n) => ({ id: `d${i}/p${n + 1}`, document: `d${i}`, n: n + 1, text })),
        }));
        const [page] = indexPages(named.map(({ slug }, i) => ({ slug, layout: documentLayout(documents[i]) })));
        const pageTokens = indexPageRecord(0, named, 'character').content.split(' ').filter((token) => token !== '');
        const own = new Map(named.map(({ slug }, i) => [slug, documentContent(documents[i], 'character').split(' ')]));
        const positions = pageTokens.map((_, position) => position);
        const byDocument = documentPositions(page, positions);
        // Every position belongs to exactly one document, in page order.
        expect([...byDocument.values()].flat()).toHaveLength(pageTokens.length);
        for (const [slug, list] of byDocument) {
          const start = page.find((document) => document.slug === slug)!.start;
          for (const position of list) expect(own.get(slug)![position]).toBe(pageTokens[start + position]);
        }
      }),
    );
  });

  it('refuses a position past the page’s last document', () => {
    const [page] = indexPages([{ slug: 'a', layout: layout(4, 1) }]);
    expect(documentPositions(page, [3])).toEqual(new Map([['a', [3]]]));
    expect(() => documentPositions(page, [4])).toThrow(/position 4 is in no document/);
  });
});
