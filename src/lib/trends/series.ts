// Formulations over time: per term, its paragraphs and occurrences in every
// document, from the index alone (as the search page's year chart): no text
// is fetched. The engine is injected (engine.ts in the browser, a fake in
// tests): no DOM here.
import type { WordPositions } from '../search/engine.ts';
import type { LookUp, SearchDocument } from '../search/matches.ts';
import { planTerm, startParagraphs, termStarts } from '../search/positions.ts';
import { hanCharacters } from '../query/terms.ts';
import type { IndexKind } from '../search/tokens.ts';

/** A document of the table: what search knows of it, and the length of its paragraphs' text. */
export interface TrendDocument extends SearchDocument {
  /** The code points of its paragraphs' texts, summed (headings, title and closing apart). */
  characters: number;
}

/** A term in one document. */
export interface TermCount {
  document: TrendDocument;
  /** The paragraphs holding the term, ascending. */
  paragraphs: number[];
  /** Where the term starts, each start once (overlapping occurrences count apart). */
  occurrences: number;
}

/** A paragraph of a document, where a term is first or last found. */
export interface Place {
  document: TrendDocument;
  n: number;
}

export interface TermSeries {
  /** The term counted (simplified, when the term as typed found nothing and is traditional). */
  term: string;
  /** The term as typed, when it was counted in simplified characters. */
  typed?: string;
  /** One per document, in the documents' order (date order): a document without the term counts 0. */
  counts: TermCount[];
  first?: Place;
  last?: Place;
}

export interface TrendServices {
  lookUp: LookUp;
  /** Loads the traditional → simplified converter (search/simplify.ts). */
  loadSimplifier: () => Promise<(text: string) => string>;
}

/** The term's counts in every document, in their order. */
export async function countTerm(term: string, documents: readonly TrendDocument[], lookUp: LookUp): Promise<TermCount[]> {
  const plan = planTerm(term);
  const found = await Promise.all(plan.words.map(({ kind, word }) => lookUp(kind, word)));
  return documents.map((document) => {
    const sets = found.map((byDocument) => byDocument.get(document.slug));
    const starts = sets.every((set) => set !== undefined) ? termStarts(plan, sets as (readonly number[])[], document.layout) : [];
    return { document, paragraphs: startParagraphs(starts, document.layout), occurrences: starts.length };
  });
}

function series(term: string, counts: TermCount[], typed?: string): TermSeries {
  const found = counts.filter((count) => count.occurrences > 0);
  const first = found[0];
  const last = found.at(-1);
  return {
    term,
    ...(typed === undefined ? {} : { typed }),
    counts,
    ...(first ? { first: { document: first.document, n: first.paragraphs[0] } } : {}),
    ...(last ? { last: { document: last.document, n: last.paragraphs.at(-1)! } } : {}),
  };
}

/**
 * Every term's series over the documents (in date order, as given). Each
 * index word is looked up once for all terms, so a table costs at most the
 * index bytes of searching its terms one by one. A term found nowhere that
 * has Chinese characters may be traditional: only then is the converter
 * loaded and the term counted again in simplified (a table counts every
 * term anyway, so it needs no list of the corpus's characters first, as
 * search-run.ts does).
 */
export async function trendSeries(terms: readonly string[], documents: readonly TrendDocument[], services: TrendServices): Promise<TermSeries[]> {
  const words = new Map<string, Promise<WordPositions>>();
  const lookUp: LookUp = (kind: IndexKind, word: string) => {
    const key = `${kind}:${word}`;
    if (!words.has(key)) words.set(key, services.lookUp(kind, word));
    return words.get(key)!;
  };
  return Promise.all(
    terms.map(async (term) => {
      const counts = await countTerm(term, documents, lookUp);
      if (counts.some((count) => count.occurrences > 0) || hanCharacters(term).length === 0) return series(term, counts);
      const simplified = (await services.loadSimplifier())(term);
      if (simplified === term) return series(term, counts);
      return series(simplified, await countTerm(simplified, documents, lookUp), term);
    }),
  );
}

/** Occurrences per 10,000 characters of the document's text (0 for a document without text). */
export function perTenThousand(occurrences: number, characters: number): number {
  return characters > 0 ? (occurrences / characters) * 10_000 : 0;
}

/** The columns of the CSV export, as the issue names them. */
export const TREND_COLUMNS = ['document', 'date', 'kind', 'council', 'term', 'paragraphs', 'occurrences', 'characters'] as const;
export type TrendRow = Record<(typeof TREND_COLUMNS)[number], string | number>;

/** One row per document × term: documents in their order, terms in theirs within each. */
export function trendRows(all: readonly TermSeries[]): TrendRow[] {
  const documents = all[0]?.counts.map((count) => count.document) ?? [];
  return documents.flatMap((document, i) =>
    all.map(({ term, counts }) => ({
      document: document.slug,
      date: document.date,
      kind: document.kind,
      council: document.council,
      term,
      paragraphs: counts[i].paragraphs.length,
      occurrences: counts[i].occurrences,
      characters: document.characters,
    })),
  );
}
