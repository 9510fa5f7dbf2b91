// What a page that searches knows of each document, written at build time
// and read back by its script: as data-* attributes of the row that lists it
// (the trends page, whose table is its content) or in the search page's
// catalogue file (SEARCH_DOCUMENTS_PATH, read as JSON with nothing to parse
// after). One record, written and read here.
import { isoDate, yearOf, type CalendarDate } from '../date.ts';
import type { SearchDocument } from './matches.ts';
import { documentLayout, formatLayout, parseLayout } from './tokens.ts';

/** A document in the search page's catalogue: what search needs, and what its start view lists besides. */
export interface CatalogueEntry extends SearchDocument {
  place: string;
  paragraphCount: number;
}

interface BuiltDocument {
  slug: string;
  title: string;
  date: CalendarDate;
  kind: string;
  council: string;
}

/** A document as search reads it, with its index layout (from its paragraphs' texts, in order). */
export function listedDocument(document: BuiltDocument, texts: readonly string[]): SearchDocument {
  return {
    slug: document.slug,
    title: document.title,
    date: isoDate(document.date),
    year: String(yearOf(document.date)),
    kind: document.kind,
    council: document.council,
    layout: documentLayout(texts),
  };
}

/** The attributes of the row that lists a document (its title is the text of the row's first link). */
export function listedDocumentAttributes(document: BuiltDocument, texts: readonly string[]): Record<string, string> {
  const { slug, date, year, kind, council, layout } = listedDocument(document, texts);
  return { 'data-document': slug, 'data-date': date, 'data-year': year, 'data-kind': kind, 'data-council': council, 'data-layout': formatLayout(layout) };
}

/** The document an element lists. */
export function readListedDocument(element: HTMLElement): SearchDocument {
  const { document: slug = '', date = '', year = '', kind = '', council = '', layout = '1 0' } = element.dataset;
  const title = element.querySelector('a')?.textContent ?? slug;
  return { slug, title, date, year, kind, council, layout: parseLayout(layout) };
}
