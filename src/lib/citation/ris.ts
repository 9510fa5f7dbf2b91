import { dateParts, slashedDate } from '../date.ts';
import { LANGUAGE, SITE_NAME } from '../site.ts';
import { citationKey, INSTITUTIONAL_AUTHOR, type CitedWork } from './work.ts';

/**
 * RIS (Research Information Systems tagged format), read by EndNote, Zotero,
 * Mendeley and NoteExpress. Type ELEC (web page; Zotero and citation-js read
 * it as a web page, which GB/T 7714 styles cite as [EB/OL]), the site as T2
 * (the secondary title: a web page's website). No PB and no CY: every reader
 * takes PB as the publisher and CY as the place of publication, which switch
 * GB/T 7714 styles to the layout of printed works and would make the meeting
 * place (阿斯塔纳) a place of publication. RIS has no tag for where a
 * council met (Zotero's RIS reader files anything else under notes), so the
 * place is left to the CSL-JSON (event-place) and the JSON data. No M3
 * (type of work) either: citation-js reads it on a web page as the medium,
 * which GB/T 7714 styles print in place of OL ([EB/宣言]). Tag
 * lines as the specification writes them: two letters, two spaces, a
 * hyphen, a space; CRLF line ends; a record ends with "ER  - ".
 */
export function formatRis(work: CitedWork): string {
  const [year] = dateParts(work.date);
  const tags: [string, string][] = [
    ['TY', 'ELEC'],
    ['ID', citationKey(work)],
    ['TI', work.title],
    ['T2', SITE_NAME],
    ['AU', INSTITUTIONAL_AUTHOR],
    ['PY', String(year)],
    ['DA', slashedDate(work.date)],
    ['LA', LANGUAGE],
    ['UR', work.url],
    ['ER', ''],
  ];
  return tags.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}
