import { FACETS, emptySelection, type Selection } from './facets.ts';

/** What the search page's address holds: the query as typed, the chosen facet values and, when a link narrows it so, one document. */
export interface SearchState {
  query: string;
  selection: Selection;
  /** The slug of the one document to search in (?doc=, as the trends table links its counts). */
  document?: string;
}

/** The name of the search box's input (SearchBox.astro), so the plain form lands here too. */
const QUERY_PARAM = 'q';
const DOCUMENT_PARAM = 'doc';

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const selection = emptySelection();
  for (const facet of FACETS) selection[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
  const document = params.get(DOCUMENT_PARAM);
  return { query: params.get(QUERY_PARAM) ?? '', selection, ...(document ? { document } : {}) };
}

/** The query string for a state ("" when there is nothing to keep), in a stable order. */
export function writeSearchState({ query, selection, document }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set(QUERY_PARAM, query);
  for (const facet of FACETS) for (const value of [...new Set(selection[facet])].sort()) params.append(facet, value);
  if (document) params.set(DOCUMENT_PARAM, document);
  const search = params.toString();
  return search ? `?${search}` : '';
}
