/** The facets of the search page; each document has one value of each. */
export const FACETS = ['year', 'kind', 'council'] as const;
export type Facet = (typeof FACETS)[number];

/** Values chosen per facet: any of a facet's values, and every facet. */
export type Selection = Record<Facet, string[]>;
export type FilterValues = Readonly<Record<string, readonly string[]>>;

export function emptySelection(): Selection {
  return { year: [], kind: [], council: [] };
}

export function isEmptySelection(selection: Selection): boolean {
  return FACETS.every((facet) => selection[facet].length === 0);
}

export function matchesSelection(filters: FilterValues, selection: Selection, except?: Facet): boolean {
  return FACETS.every((facet) => {
    const chosen = selection[facet];
    return facet === except || chosen.length === 0 || chosen.some((value) => filters[facet]?.includes(value));
  });
}

/**
 * How many items each facet value would give, each item weighing `count`
 * (its paragraphs). Counts for a facet ignore that facet's own choice (the
 * other facets still apply), so a reader sees what ticking one more value adds.
 */
export function facetCounts(items: readonly { filters: FilterValues; count: number }[], selection: Selection): Record<Facet, Map<string, number>> {
  const counts = { year: new Map(), kind: new Map(), council: new Map() } as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    for (const item of items) {
      if (!matchesSelection(item.filters, selection, facet)) continue;
      for (const value of item.filters[facet] ?? []) counts[facet].set(value, (counts[facet].get(value) ?? 0) + item.count);
    }
  }
  return counts;
}
