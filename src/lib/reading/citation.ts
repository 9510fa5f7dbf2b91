import { runLabel, type ParagraphRange } from '../anchor.ts';
import { formatGbt7714 } from '../citation/gbt7714.ts';

/** What a paragraph citation says about the document. */
export interface CitedDocument {
  title: string;
  /** "2024-07-04": the day the document was adopted. */
  date: string;
}

/** "第12段" or, for a run, "第12—15段". */
export function paragraphLabel(target: number | ParagraphRange): string {
  return runLabel(target, '段');
}

/** A paragraph or a run in GB/T 7714-2015 (the locator where src/lib/citation/gbt7714.ts explains): 上海合作组织. 标题[EB/OL]. 第12段(2024-07-04)[引用日期]. URL#p12. */
export function formatCitation({ title, date }: CitedDocument, range: ParagraphRange, url: string, accessed: string): string {
  return formatGbt7714({ title, date, url }, accessed, { locator: paragraphLabel(range), url });
}
