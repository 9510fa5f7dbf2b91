import { SITE_NAME } from '../site.ts';
import { citationKey, dateParts, INSTITUTIONAL_AUTHOR, type CitedWork } from './work.ts';

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
  const fields: [string, string][] = [
    // Double braces: an institution, not a family name and given names.
    ['author', `{${escapeBibtex(INSTITUTIONAL_AUTHOR)}}`],
    ['title', escapeBibtex(work.title)],
    ['date', work.date],
    ['year', String(year)],
    ['address', escapeBibtex(work.place)],
    ['type', escapeBibtex(work.kind)],
    ['howpublished', escapeBibtex(SITE_NAME)],
    ['language', 'chinese'],
    ['url', work.url],
  ];
  const lines = fields.map(([name, value]) => `  ${name} = {${value}},`);
  // A month is a macro (jan … dec), not a braced string.
  lines.splice(4, 0, `  month = ${MONTHS[month - 1]},`);
  return `@misc{${citationKey(work)},\n${lines.join('\n')}\n}\n`;
}
