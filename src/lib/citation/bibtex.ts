import { dateParts } from '../date.ts';
import { citationKey, INSTITUTIONAL_AUTHOR, type CitedWork } from './work.ts';

/**
 * A BibTeX @online entry (biblatex's type for a web page: biber, Zotero and
 * pandoc read it as one, and gbt7714-numerical.bst, the BibTeX style of
 * GB/T 7714-2015, cites it as [EB/OL]; a classic style that lacks it falls
 * back to @misc), UTF-8, with fields that BibTeX and biblatex both know.
 * No `address` and no `howpublished`: BibTeX styles print the one as the
 * place of publication (gbt7714: 阿斯塔纳(2024-07-04)) and pandoc takes the
 * other as a publisher, which turns a GB/T 7714 style to the layout of
 * printed works. BibTeX has no field for where a council met (biblatex's
 * `venue` belongs to conference entries and no style prints it for @online),
 * so the place is left to the CSL-JSON (event-place) and the JSON data.
 * `language = {chinese}`: the name BibTeX styles test for (gbt7714), where
 * the other formats carry the tag zh-CN. No `urldate`: the reader's own day.
 * Written here rather than by @citation-js/plugin-bibtex 0.8.2, which drops
 * every Chinese character unless a global asciiOnly switch is turned off,
 * and writes `month = {jul 4}`, which is not valid BibTeX.
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
    ['type', braced(escapeBibtex(work.kind))],
    ['language', braced('chinese')],
    ['url', braced(work.url)],
  ];
  return `@online{${citationKey(work)},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')}\n}\n`;
}
