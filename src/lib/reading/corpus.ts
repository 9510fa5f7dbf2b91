import { KINDS, type Council, type Kind } from '../../content/vocabulary.ts';
import { yearOf } from '../date.ts';

/** The fields of a document's frontmatter that ordering and grouping need. */
export interface DocumentFacts {
  slug: string;
  kind: Kind;
  council: Council;
  date: Date;
  place: string;
}

export interface Summit<T extends DocumentFacts> {
  year: number;
  place: string;
  council: Council;
  documents: T[];
}

/**
 * Date order. Documents of one meeting share a date; the declaration comes
 * before the communiqué (the vocabulary's order), then the slug decides so
 * the order never depends on the order files were read in.
 */
export function byDate(a: DocumentFacts, b: DocumentFacts): number {
  return (
    a.date.getTime() - b.date.getTime() ||
    KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
    a.slug.localeCompare(b.slug)
  );
}

/**
 * The corpus as meetings, newest first: one summit per year, city and council,
 * its documents in date order.
 */
export function summits<T extends DocumentFacts>(documents: readonly T[]): Summit<T>[] {
  const groups = new Map<string, Summit<T>>();
  for (const document of [...documents].sort(byDate)) {
    const year = yearOf(document.date);
    const key = `${year}/${document.place}/${document.council}`;
    const summit = groups.get(key) ?? { year, place: document.place, council: document.council, documents: [] };
    summit.documents.push(document);
    groups.set(key, summit);
  }
  return [...groups.values()].reverse();
}

/** The documents just before and after `slug` in date order. */
export function neighbours<T extends DocumentFacts>(documents: readonly T[], slug: string): { previous?: T; next?: T } {
  const ordered = [...documents].sort(byDate);
  const index = ordered.findIndex((document) => document.slug === slug);
  if (index === -1) throw new Error(`unknown document ${slug}`);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
