import { dateParts } from '../date.ts';
import { SITE_NAME } from '../site.ts';
import { citationKey, INSTITUTIONAL_AUTHOR, type CitedWork } from './work.ts';

/**
 * CSL-JSON (the Citation Style Language's data format: Zotero, Mendeley,
 * Pandoc and citeproc read it), type "document". The file is an array of one
 * item, as CSL-JSON files are.
 */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'document';
  title: string;
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  genre: string;
  'event-place': string;
  publisher: string;
  language: string;
  URL: string;
}

export function cslItem(work: CitedWork): CslItem {
  const key = citationKey(work);
  return {
    id: key,
    'citation-key': key,
    type: 'document',
    title: work.title,
    author: [{ literal: INSTITUTIONAL_AUTHOR }],
    issued: { 'date-parts': [dateParts(work.date)] },
    genre: work.kind,
    'event-place': work.place,
    publisher: SITE_NAME,
    language: 'zh-CN',
    URL: work.url,
  };
}

/** One field a line, each value on its own line whole: readable where the page shows it, and still JSON. */
export function formatCslJson(work: CitedWork): string {
  const fields = Object.entries(cslItem(work)).map(([name, value]) => `    ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  return `[\n  {\n${fields.join(',\n')}\n  }\n]\n`;
}
