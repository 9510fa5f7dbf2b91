import type { ParagraphRange } from '../anchor.ts';

/** What a citation says about the document, already in display form. */
export interface CitedDocument {
  title: string;
  /** "2024年7月4日" (see formatChineseDate). */
  date: string;
  place: string;
}

/** "第12段" or, for a run, "第12—15段" (an em dash, as Chinese ranges are written). */
export function paragraphLabel(target: number | ParagraphRange): string {
  const { from, to } = typeof target === 'number' ? { from: target, to: target } : target;
  return from === to ? `第${from}段` : `第${from}—${to}段`;
}

/** 《标题》（2024年7月4日，阿斯塔纳），第12段，URL */
export function formatCitation({ title, date, place }: CitedDocument, range: ParagraphRange, url: string): string {
  return `《${title}》（${date}，${place}），${paragraphLabel(range)}，${url}`;
}
