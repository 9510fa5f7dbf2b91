import { FACETS, matchesSelection, type FilterValues, type Selection } from './facets.ts';
import type { Query } from '../query/parse.ts';
import { matchRanges, type Range } from './match.ts';
import type { DocumentMatch, Matches, SearchDocument } from './matches.ts';

/** Hits shown at first and added by each "more" (the first screen fetches only their texts). */
export const HITS_PER_PAGE = 20;

/**
 * A paragraph that matches the query, with where: `ranges` are the sorted,
 * disjoint spans (merged where they touch) of every occurrence in `text` of
 * each positive text and gap of the query (see matchRanges): a quoted string
 * whole, a gap from the start of its first part to the end of its last, each
 * term of an AND or OR apart; excluded terms are never marked.
 */
export interface Hit {
  document: SearchDocument;
  n: number;
  text: string;
  ranges: Range[];
}

export type LoadText = (slug: string, n: number) => Promise<string>;

export function documentFilters(document: SearchDocument): FilterValues {
  return Object.fromEntries(FACETS.map((facet) => [facet, [document[facet]]]));
}

/** Whether the selection keeps a match's document (and it is `document`, when one is named). */
export function isSelected(match: DocumentMatch, selection: Selection, document?: string): boolean {
  return matchesSelection(documentFilters(match.document), selection) && (!document || match.document.slug === document);
}

/** The matches of the documents the selection keeps. */
export function selectMatches(matches: readonly DocumentMatch[], selection: Selection, document?: string): DocumentMatch[] {
  return matches.filter((match) => isSelected(match, selection, document));
}

export function paragraphCount(matches: readonly DocumentMatch[]): number {
  return matches.reduce((sum, match) => sum + match.paragraphs.length, 0);
}

/**
 * Pages through matches in their order (documents by rank, paragraphs in
 * reading order), fetching texts only for the hits it returns. Each text is
 * checked against the query: a candidate that fails (possible only for a
 * query with punctuation or a gap) is skipped, so a page lists nothing else.
 */
export class HitPager {
  private readonly refs: { document: SearchDocument; n: number }[];
  private next = 0;

  constructor(
    matches: readonly DocumentMatch[],
    private readonly query: Query,
    private readonly loadText: LoadText,
  ) {
    this.refs = matches.flatMap(({ document, paragraphs }) => paragraphs.map((n) => ({ document, n })));
  }

  get done(): boolean {
    return this.next >= this.refs.length;
  }

  async nextPage(size = HITS_PER_PAGE): Promise<Hit[]> {
    const hits: Hit[] = [];
    while (hits.length < size && !this.done) {
      const batch = this.refs.slice(this.next, this.next + size - hits.length);
      this.next += batch.length;
      const texts = await Promise.all(batch.map(({ document, n }) => this.loadText(document.slug, n)));
      batch.forEach((ref, i) => {
        const ranges = matchRanges(texts[i], this.query);
        if (ranges) hits.push({ ...ref, text: texts[i], ranges });
      });
    }
    return hits;
  }
}

/**
 * Documents whose texts are fetched at once when checking candidates: a
 * thousand documents' files requested together exhaust the browser
 * (Chromium fails them with net::ERR_INSUFFICIENT_RESOURCES).
 */
const PARALLEL_DOCUMENTS = 8;

/** Candidates checked against their texts (every text is fetched, a few documents at a time): the exact matches. */
export async function verifyMatches(matches: Matches, query: Query, loadText: LoadText): Promise<Matches> {
  if (matches.exact) return matches;
  const documents: DocumentMatch[] = [];
  for (let at = 0; at < matches.documents.length; at += PARALLEL_DOCUMENTS) {
    const batch = await Promise.all(
      matches.documents.slice(at, at + PARALLEL_DOCUMENTS).map(async ({ document, paragraphs }) => {
        const texts = await Promise.all(paragraphs.map((n) => loadText(document.slug, n)));
        return { document, paragraphs: paragraphs.filter((_, i) => matchRanges(texts[i], query)) };
      }),
    );
    documents.push(...batch.filter((match) => match.paragraphs.length > 0));
  }
  return { ...matches, documents, exact: true };
}
