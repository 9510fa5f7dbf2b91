import { dateParts, slashedDate } from '../date.ts';
import { SITE_NAME } from '../site.ts';
import { citationKey, INSTITUTIONAL_AUTHOR, type CitedWork } from './work.ts';

/**
 * RIS (Research Information Systems tagged format), read by EndNote, Zotero,
 * Mendeley and NoteExpress. Type GEN (generic), which reference managers
 * import as a document, like the other formats. Tag lines as the
 * specification writes them: two letters, two spaces, a hyphen, a space;
 * CRLF line ends; a record ends with "ER  - ".
 */
export function formatRis(work: CitedWork): string {
  const [year] = dateParts(work.date);
  const tags: [string, string][] = [
    ['TY', 'GEN'],
    ['ID', citationKey(work)],
    ['TI', work.title],
    ['AU', INSTITUTIONAL_AUTHOR],
    ['PY', String(year)],
    ['DA', slashedDate(work.date)],
    ['CY', work.place],
    ['M3', work.kind],
    ['PB', SITE_NAME],
    ['LA', 'zh-CN'],
    ['UR', work.url],
    ['ER', ''],
  ];
  return tags.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}
