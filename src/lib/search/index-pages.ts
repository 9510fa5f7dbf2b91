import { layoutSize, type Layout } from './tokens.ts';

/**
 * How many documents, in rank order, share one Pagefind page. Pagefind's
 * search of a word compares every result page with every page that holds
 * the word (its search_term, Pagefind 1.6), so a word in all of 1,000
 * one-document pages cost 25–45 ms before a single position was read, per
 * word of the query. Sixty-three pages of sixteen make that negligible; the
 * positions, and what they cost, are the same.
 */
export const DOCUMENTS_PER_INDEX_PAGE = 16;

/** A document in its index page: where its positions start there, and how many it takes. */
export interface PagedDocument {
  slug: string;
  start: number;
  size: number;
}

/** One Pagefind page: its documents, one after the other, in rank order. */
export type IndexPage = readonly PagedDocument[];

/** The index pages of documents given in rank order: page i holds documents i·16 to i·16+15. */
export function indexPages(documents: readonly { slug: string; layout: Layout }[]): IndexPage[] {
  const pages: PagedDocument[][] = [];
  documents.forEach(({ slug, layout }, rank) => {
    if (rank % DOCUMENTS_PER_INDEX_PAGE === 0) pages.push([]);
    const page = pages.at(-1)!;
    const previous = page.at(-1);
    page.push({ slug, start: previous ? previous.start + previous.size : 0, size: layoutSize(layout) });
  });
  return pages;
}

/** Positions in an index page, per document that holds one, as positions in that document. */
export function documentPositions(page: IndexPage, positions: readonly number[]): Map<string, number[]> {
  const byDocument = new Map<string, number[]>();
  for (const position of positions) {
    // The last document starting at or before the position (binary search: a common word has thousands).
    let low = 0;
    let high = page.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (page[middle].start <= position) low = middle;
      else high = middle - 1;
    }
    const document = page[low];
    if (!document || position < document.start || position >= document.start + document.size) {
      throw new Error(`Search index: position ${position} is in no document of its page`);
    }
    const list = byDocument.get(document.slug);
    if (list) list.push(position - document.start);
    else byDocument.set(document.slug, [position - document.start]);
  }
  return byDocument;
}
