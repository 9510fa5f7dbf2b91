import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPageLoader } from '../../../src/lib/search/first-page.ts';
import type { DocumentMatch } from '../../../src/lib/search/matches.ts';
import { searchDocuments } from './fake-index.ts';

function match(slug: string, paragraphs: number[]): DocumentMatch {
  return { document: searchDocuments([{ slug, texts: ['甲'] }])[0], paragraphs };
}

function recorder() {
  const asked: string[] = [];
  const loadText = async (slug: string, n: number) => {
    asked.push(`${slug}/p${n}`);
    return '';
  };
  return { asked, loadText };
}

describe('firstPageLoader', () => {
  it('asks for the first paragraphs of the kept matches, up to a page, and for nothing after', () => {
    const { asked, loadText } = recorder();
    const onMatch = firstPageLoader((found) => found.document.slug !== 'skipped', 4, loadText);
    [match('a', [1, 2, 3]), match('skipped', [1, 2]), match('b', [4, 9]), match('c', [7])].forEach(onMatch);
    expect(asked).toEqual(['a/p1', 'a/p2', 'a/p3', 'b/p4']);
  });

  it('leaves a failed text to the pager, without an unhandled rejection', async () => {
    const onMatch = firstPageLoader(() => true, 2, () => Promise.reject(new Error('offline')));
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    onMatch(match('a', [1, 2]));
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', listener);
    expect(unhandled).toEqual([]);
  });

  it('asks for exactly the first page of what the selection keeps, whatever the matches', () => {
    const matches = fc.array(fc.record({ keep: fc.boolean(), paragraphs: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }) }), { maxLength: 8 });
    fc.assert(
      fc.property(matches, fc.integer({ min: 1, max: 25 }), (found, size) => {
        const documents = found.map(({ paragraphs }, i) => match(`d${i}`, paragraphs.toSorted((a, b) => a - b)));
        const kept = new Set(documents.filter((_, i) => found[i].keep));
        const { asked, loadText } = recorder();
        documents.forEach(firstPageLoader((document) => kept.has(document), size, loadText));
        const firstPage = [...kept].flatMap(({ document, paragraphs }) => paragraphs.map((n) => `${document.slug}/p${n}`)).slice(0, size);
        expect(asked).toEqual(firstPage);
      }),
    );
  });
});
