import { dateParts } from '../date.ts';
import { SITE_NAME } from '../site.ts';
import { citationKey, INSTITUTIONAL_AUTHOR, type CitedWork } from './work.ts';

/**
 * A BibTeX @misc entry (Zotero and biber read @misc as a document), UTF-8, with
 * the fields that both BibTeX and biblatex know. Written here rather than by
 * @citation-js/plugin-bibtex 0.8.2, which drops every Chinese character unless
 * a global asciiOnly switch is turned off, and writes `month = {jul 4}`,
 * which is not valid BibTeX.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The characters that mean something to (La)TeX inside a braced field. */
const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}#$%&_~^]/g, (character) => TEX[character]);
}

export function formatBibtex(work: CitedWork): string {
  const [year, month] = dateParts(work.date);
  const braced = (text: string) => `{${text}}`;
  const fields: [string, string][] = [
    // Double braces: an institution, not a family name and given names.
    ['author', braced(braced(escapeBibtex(INSTITUTIONAL_AUTHOR)))],
    ['title', braced(escapeBibtex(work.title))],
    ['date', braced(work.date)],
    ['year', braced(String(year))],
    // A month is a macro (jan … dec), not a braced string.
    ['month', MONTHS[month - 1]],
    ['address', braced(escapeBibtex(work.place))],
    ['type', braced(escapeBibtex(work.kind))],
    ['howpublished', braced(escapeBibtex(SITE_NAME))],
    ['language', braced('chinese')],
    ['url', braced(work.url)],
  ];
  return `@misc{${citationKey(work)},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')}\n}\n`;
}
