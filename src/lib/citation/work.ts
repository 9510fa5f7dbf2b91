import { isoDate, type CalendarDate } from '../date.ts';

/**
 * What every citation format says about a document. The documents are
 * adopted by councils of the organisation and signed on its behalf, so the
 * author is the organisation itself (an institutional author, never split
 * into family and given names).
 */
export const INSTITUTIONAL_AUTHOR = '上海合作组织';

export interface CitedWork {
  /** The citation key stem and file name: "2024-astana-declaration". */
  slug: string;
  title: string;
  /** 宣言, 新闻公报 … */
  kind: string;
  /** "2024-07-04": the day the document was adopted. */
  date: string;
  place: string;
  /** The reading page, absolute. */
  url: string;
}

export function citedWork(document: { slug: string; title: string; kind: string; date: CalendarDate; place: string }, url: string): CitedWork {
  return { slug: document.slug, title: document.title, kind: document.kind, date: isoDate(document.date), place: document.place, url };
}

/** The key that BibTeX, RIS and CSL-JSON give the work: "sco-2024-astana-declaration". */
export function citationKey(work: Pick<CitedWork, 'slug'>): string {
  return `sco-${work.slug}`;
}
