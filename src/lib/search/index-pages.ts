import { layoutSize, type Layout } from './tokens.ts';

/**
 * How many documents, in rank order, share one Pagefind page. Pagefind does
 * work per result page on every search of a word (it compares each result
 * page with every page holding the word, sorts each page's positions and
 * builds a result for each), and its metadata and word chunks hold an entry
 * per page. At 1,000 documents, sixteen to a page rather than one made 63
 * pages instead of 1,006: the bigram index's metadata 4.8 KB instead of
 * 17.5, 273 word chunks instead of 451, indexing 20 s instead of 32, and
 * the first results on the search page about 30 ms sooner (an A/B of 20
 * queries, 3 cold rounds each). A rare word's search got faster (撒马, warm:
 * 3–7 ms instead of 9–12), a very common one's somewhat slower (合作: about
 * 110 ms instead of 77, more positions to sort per page); 64 to a page
 * measured no better than 16.
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
