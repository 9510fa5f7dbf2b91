import type { ParagraphRange } from '../anchor.ts';
import { formatGbt7714 } from '../citation/gbt7714.ts';

/** What a paragraph citation says about the document. */
export interface CitedDocument {
  title: string;
  /** "2024-07-04": the day the document was adopted. */
  date: string;
}

/** "第12段" or, for a run, "第12—15段" (an em dash, as Chinese ranges are written). */
export function paragraphLabel(target: number | ParagraphRange): string {
  const { from, to } = typeof target === 'number' ? { from: target, to: target } : target;
  return from === to ? `第${from}段` : `第${from}—${to}段`;
}

/** The reader's calendar day, "YYYY-MM-DD": the access date (引用日期) of a citation copied now. */
export function accessDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A paragraph or a run in GB/T 7714-2015: 上海合作组织. 标题[EB/OL]. (2024-07-04)[引用日期]: 第12段. URL. */
export function formatCitation({ title, date }: CitedDocument, range: ParagraphRange, url: string, accessed: string): string {
  return formatGbt7714({ title, date, url }, { accessed, locator: paragraphLabel(range), url });
}
