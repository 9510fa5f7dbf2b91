import { KWIC_SORTS, type KwicSort } from '../concordance/kwic.ts';
import { FACETS, emptySelection, type Selection } from './facets.ts';

/** The concordance's order when the address names none. */
export const DEFAULT_KWIC_SORT: KwicSort = 'date';

/**
 * What the search page's address holds: the query as typed, the chosen facet
 * values, when a link narrows it so, one document and, for a concordance
 * (语境, `view=kwic`), its order (`sort=left|right`; by date when absent), so
 * that a concordance can be shared and cited.
 */
export interface SearchState {
  query: string;
  selection: Selection;
  /** The slug of the one document to search in (?doc=, as the trends table links its counts). */
  document?: string;
  /** Absent: the paragraphs (段落). */
  view?: 'kwic';
  /** Absent: DEFAULT_KWIC_SORT. */
  sort?: KwicSort;
}

/** The name of the search box's input (SearchBox.astro), so the plain form lands here too. */
const QUERY_PARAM = 'q';
const DOCUMENT_PARAM = 'doc';
const VIEW_PARAM = 'view';
const SORT_PARAM = 'sort';

function readSort(value: string | null): KwicSort | undefined {
  return KWIC_SORTS.find((sort) => sort === value && sort !== DEFAULT_KWIC_SORT);
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const selection = emptySelection();
  for (const facet of FACETS) selection[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
  const document = params.get(DOCUMENT_PARAM);
  const state: SearchState = { query: params.get(QUERY_PARAM) ?? '', selection, ...(document ? { document } : {}) };
  if (params.get(VIEW_PARAM) !== 'kwic') return state;
  const sort = readSort(params.get(SORT_PARAM));
  return sort ? { ...state, view: 'kwic', sort } : { ...state, view: 'kwic' };
}

/** The query string for a state ("" when there is nothing to keep), in a stable order. */
export function writeSearchState({ query, selection, document, view, sort }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set(QUERY_PARAM, query);
  for (const facet of FACETS) for (const value of [...new Set(selection[facet])].sort()) params.append(facet, value);
  if (document) params.set(DOCUMENT_PARAM, document);
  if (view === 'kwic') {
    params.set(VIEW_PARAM, view);
    if (sort && sort !== DEFAULT_KWIC_SORT) params.set(SORT_PARAM, sort);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
