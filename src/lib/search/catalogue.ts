// Browser only: what the search page knows of the corpus besides the index,
// each file read once for the page (again after a failure): the catalogue
// (SEARCH_DOCUMENTS_PATH, preloaded by the page's head), the documents in rank
// order as search reads them and as the start view lists them; and the
// characters the corpus uses (SEARCH_CHARACTERS_PATH, read for a query with
// Chinese characters, which search-run.ts checks against them).
import { fetchSiteFile, readOnce } from '../site-file.ts';
import { SEARCH_CHARACTERS_PATH, SEARCH_DOCUMENTS_PATH } from '../urls.ts';
import { indexPages, type IndexPage } from './index-pages.ts';
import type { CatalogueEntry } from './listed-documents.ts';

export interface Catalogue {
  /** Every document, in rank order (see order.ts). */
  documents: CatalogueEntry[];
  /** The index pages of the documents (where each sits in the index). */
  pages: IndexPage[];
  /** Every year with a document, newest first. */
  years: string[];
}

async function loadCatalogue(path: string): Promise<Catalogue> {
  const documents = (await (await fetchSiteFile(path)).json()) as CatalogueEntry[];
  return {
    documents,
    pages: indexPages(documents),
    years: [...new Set(documents.map((document) => document.year))],
  };
}

const catalogueAt = readOnce(loadCatalogue);

export function readCatalogue(): Promise<Catalogue> {
  return catalogueAt(SEARCH_DOCUMENTS_PATH);
}

const charactersAt = readOnce(async (path: string): Promise<ReadonlySet<string>> => new Set(await (await fetchSiteFile(path)).text()));

export function readCharacters(): Promise<ReadonlySet<string>> {
  return charactersAt(SEARCH_CHARACTERS_PATH);
}
