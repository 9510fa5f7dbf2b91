import type { CitedWork } from './work.ts';
import { INSTITUTIONAL_AUTHOR } from './work.ts';

/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), the form Chinese journals and
 * theses require, for our one kind of item. Written here, not run through
 * citeproc-js, so that the page and the paragraph tools need no CSL engine
 * (citeproc-js 2.4.63: 190 KB gzip), style and locale; the build tests render every document's
 * .csl.json with the official CSL styles and compare them with this text,
 * character for character (tests/build/citation-clients.test.ts).
 *
 * Document type [EB/OL] (电子公告, online), deliberately, not [A] (档案) or
 * [Z] (其他): what the reader cites is this online edition, at a URL, with
 * this library's paragraph numbers (第N段), which no printed or archival
 * copy carries; [A] would send a reader to an archive and [Z] says nothing.
 * §4.6.2 (电子资源的著录格式) gives the order
 *   主要责任者. 题名[文献类型标识/载体标识]. 出版地: 出版者, 出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径.
 * A web edition has no place, publisher or year of publication of its own,
 * so, as in the standard's examples of online items
 * (萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://….),
 * the date in parentheses follows the type; the locator (引文页码: 引文参考文献
 * 的页码著录引用信息所在页, the standard's rule on 页码; an online text has no
 * pages, so here the paragraph its permalink numbers, 第12段 or 第12—15段)
 * stands where §4.6.2 puts it, immediately before that date (as 引文页码
 * stands before [引用日期] in the standard's examples of online books and
 * journals: …, 2014: 1-5[2014-06-24]. …). The colon that
 * introduces 引文页码 separates it from a preceding 出版年; with no 出版年,
 * it goes, as the separators of absent elements do:
 *   上海合作组织. 题名[EB/OL]. 第12段(2024-07-04)[2026-11-21]. https://…/#p12.
 */
export interface Gbt7714Options {
  /** "第12段" or "第12—15段"; absent when the whole document is cited. */
  locator?: string;
  /** The address cited: the page, or a paragraph's permalink. */
  url?: string;
}

/** The citation on either side of its access date: the page writes the date between them once it knows the reader's day. */
export interface Gbt7714Parts {
  beforeAccess: string;
  afterAccess: string;
}

export function gbt7714Parts(work: Pick<CitedWork, 'title' | 'date' | 'url'>, { locator = '', url = work.url }: Gbt7714Options = {}): Gbt7714Parts {
  return { beforeAccess: `${INSTITUTIONAL_AUTHOR}. ${work.title}[EB/OL]. ${locator}(${work.date})`, afterAccess: `. ${url}.` };
}

/** "[2026-11-21]": the date of access (引用日期), "YYYY-MM-DD", as the citation writes it. */
export function formatAccessed(day: string): string {
  return `[${day}]`;
}

/** The whole citation, given the day the reader consulted the text. */
export function formatGbt7714(work: Pick<CitedWork, 'title' | 'date' | 'url'>, accessed: string, options: Gbt7714Options = {}): string {
  const { beforeAccess, afterAccess } = gbt7714Parts(work, options);
  return `${beforeAccess}${formatAccessed(accessed)}${afterAccess}`;
}
