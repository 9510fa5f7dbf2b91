// What a page that searches (the search page, the trends page) writes of each
// document at build time, as data-* attributes of the element that lists it,
// and what its script reads back: one format, written and read here.
import { isoDate, yearOf, type CalendarDate } from '../date.ts';
import type { SearchDocument } from './matches.ts';
import { documentLayout, formatLayout, parseLayout } from './tokens.ts';

/** The attributes of a listed document: its slug, date, year, kind, council and index layout (from its paragraphs' texts). */
export function listedDocumentAttributes(document: { slug: string; date: CalendarDate; kind: string; council: string }, texts: readonly string[]): Record<string, string> {
  return {
    'data-document': document.slug,
    'data-date': isoDate(document.date),
    'data-year': String(yearOf(document.date)),
    'data-kind': document.kind,
    'data-council': document.council,
    'data-layout': formatLayout(documentLayout(texts)),
  };
}

/** The document an element lists (its title is the text of its first link). */
export function readListedDocument(element: HTMLElement): SearchDocument {
  const { document: slug = '', date = '', year = '', kind = '', council = '', layout = '1' } = element.dataset;
  const title = element.querySelector('a')?.textContent ?? slug;
  return { slug, title, date, year, kind, council, layout: parseLayout(layout) };
}
