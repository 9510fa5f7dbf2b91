import type { CitedWork } from './work.ts';
import { INSTITUTIONAL_AUTHOR } from './work.ts';

/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), the form Chinese journals and
 * theses require. No maintained package formats it (the CSL style lives only
 * in the styles repository), and we publish a single kind of item, so the
 * rule for it is written here.
 *
 * Document type [EB/OL] (电子公告, online), deliberately, not [A] (档案) or
 * [Z] (其他): what the reader cites is this online edition, at a URL, with
 * this library's paragraph numbers (第N段), which no printed or archival
 * copy carries; [A] would send a reader to an archive and [Z] says nothing.
 * The standard then asks for the date of publication in parentheses, the
 * date of access in brackets and the URL:
 *   上海合作组织. 题名[EB/OL]. (2024-07-04)[2026-11-21]: 第12段. https://….
 * The locator (第N段 or 第N—M段) stands where the standard puts 引文页码.
 */
export interface Gbt7714Options {
  /** "YYYY-MM-DD": the day the reader consulted the text (引用日期). */
  accessed: string;
  /** "第12段" or "第12—15段"; absent when the whole document is cited. */
  locator?: string;
  /** The address cited: the page, or a paragraph's permalink. */
  url?: string;
}

export function formatGbt7714(work: Pick<CitedWork, 'title' | 'date' | 'url'>, { accessed, locator, url = work.url }: Gbt7714Options): string {
  return `${INSTITUTIONAL_AUTHOR}. ${work.title}[EB/OL]. (${work.date})[${accessed}]${locator ? `: ${locator}` : ''}. ${url}.`;
}
