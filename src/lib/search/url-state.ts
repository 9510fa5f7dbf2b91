import { FACETS, emptySelection, type Selection } from './facets.ts';

/** What the search page's address holds: the query as typed and the chosen facet values. */
export interface SearchState {
  query: string;
  selection: Selection;
}

/** The name of the search box's input (SearchBox.astro), so the plain form lands here too. */
const QUERY_PARAM = 'q';

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const selection = emptySelection();
  for (const facet of FACETS) selection[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
  return { query: params.get(QUERY_PARAM) ?? '', selection };
}

/** The query string for a state ("" when there is nothing to keep), in a stable order. */
export function writeSearchState({ query, selection }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set(QUERY_PARAM, query);
  for (const facet of FACETS) for (const value of [...new Set(selection[facet])].sort()) params.append(facet, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}
