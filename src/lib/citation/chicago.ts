import { dateParts } from '../date.ts';
import { SITE_NAME } from '../site.ts';
import { INSTITUTIONAL_AUTHOR, type CitedWork } from './work.ts';

/**
 * A bibliography entry in the Chicago Manual of Style (notes and bibliography,
 * 17th ed.), for an institutional document read on a website: Author.
 * "Title." Place, Month Day, Year. Website. URL. The title stays in Chinese
 * (Chicago gives non-Latin titles in their own script); the date is in
 * English, as the style writes it. Written here because no package ships the
 * style and citeproc would need a CSL file for one line of text.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatChicago(work: CitedWork): string {
  const [year, month, day] = dateParts(work.date);
  return `${INSTITUTIONAL_AUTHOR}. “${work.title}.” ${work.place}, ${MONTHS[month - 1]} ${day}, ${year}. ${SITE_NAME}. ${work.url}.`;
}
