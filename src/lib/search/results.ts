import type { FilterValues } from './facets.ts';
import type { Range } from './match.ts';

/** A paragraph that contains the query, with where the terms are. */
export interface Hit {
  document: string;
  n: number;
  url: string;
  title: string;
  date: string;
  text: string;
  ranges: Range[];
  filters: FilterValues;
}

export interface DocumentHits {
  document: string;
  title: string;
  date: string;
  hits: Hit[];
}

/** The results present in every list (one list per phrase of the query), in the first list's order. */
export function intersectById<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  if (lists.length === 0) return [];
  const [first, ...rest] = lists;
  const others = rest.map((list) => new Set(list.map((item) => item.id)));
  return first.filter((item) => others.every((ids) => ids.has(item.id)));
}

/** Hits grouped by document: the newest document first, paragraphs in reading order. */
export function groupByDocument(hits: readonly Hit[]): DocumentHits[] {
  const groups = new Map<string, DocumentHits>();
  for (const hit of hits) {
    let group = groups.get(hit.document);
    if (!group) {
      group = { document: hit.document, title: hit.title, date: hit.date, hits: [] };
      groups.set(hit.document, group);
    }
    group.hits.push(hit);
  }
  for (const group of groups.values()) group.hits.sort((a, b) => a.n - b.n);
  return [...groups.values()].sort(
    (a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'zh-CN') || a.document.localeCompare(b.document),
  );
}
