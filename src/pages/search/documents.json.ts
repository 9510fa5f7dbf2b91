// /search/documents.json (SEARCH_DOCUMENTS_PATH): the search page's catalogue,
// every document in rank order with its index layout. A file of its own, not
// the page's HTML: at a thousand documents the page would otherwise parse a
// list of a thousand elements before its script could start the search.
import type { APIRoute } from 'astro';
import { documentPaths } from '../../content/collections.ts';
import { listedDocument, type CatalogueEntry } from '../../lib/search/listed-documents.ts';
import { compareDocuments } from '../../lib/search/order.ts';
import { textResponse } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const catalogue: CatalogueEntry[] = (await documentPaths())
    .map(({ props: { document, records } }) => ({
      ...listedDocument(
        document,
        records.map((record) => record.text),
      ),
      place: document.place,
      paragraphCount: document.paragraphCount,
    }))
    .sort(compareDocuments);
  return textResponse(JSON.stringify(catalogue), 'application/json');
};
