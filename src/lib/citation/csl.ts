import { dateParts } from '../date.ts';
import { LANGUAGE, SITE_NAME } from '../site.ts';
import { citationKey, INSTITUTIONAL_AUTHOR, type CitedWork } from './work.ts';

/**
 * CSL-JSON (the Citation Style Language's data format: Zotero, Mendeley,
 * Pandoc and citeproc read it). The file is an array of one item, as CSL-JSON
 * files are. What the official GB/T 7714-2015 styles make of each field is
 * what decides it (tests/build/citation-clients.test.ts renders every file
 * with them):
 * - type "webpage", which they cite as [EB/OL] in the layout of an online
 *   resource, (date)[access date]; "document" falls to their "other" branch, [Z];
 * - no `publisher` or `publisher-place`: either switches them to the
 *   "place: publisher, year" layout of printed works. The site is the
 *   `container-title`, a web page's website (Zotero: Website Title), which
 *   they do not print for a web page;
 * - the meeting place is `event-place`, where the council met, which no
 *   style prints as a place of publication;
 * - no `accessed`: the reader's reference manager adds the day they import it.
 */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  'container-title': string;
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  genre: string;
  'event-place': string;
  language: string;
  URL: string;
}

export function cslItem(work: CitedWork): CslItem {
  const key = citationKey(work);
  return {
    id: key,
    'citation-key': key,
    type: 'webpage',
    title: work.title,
    'container-title': SITE_NAME,
    author: [{ literal: INSTITUTIONAL_AUTHOR }],
    issued: { 'date-parts': [dateParts(work.date)] },
    genre: work.kind,
    'event-place': work.place,
    language: LANGUAGE,
    URL: work.url,
  };
}

/** One field a line, each value on its own line whole: readable where the page shows it, and still JSON. */
export function formatCslJson(work: CitedWork): string {
  const fields = Object.entries(cslItem(work)).map(([name, value]) => `    ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  return `[\n  {\n${fields.join(',\n')}\n  }\n]\n`;
}
