/** What orders documents in search: the newest first, then by title in pinyin order, then by slug. */
export interface OrderedDocument {
  slug: string;
  title: string;
  /** "YYYY-MM-DD" */
  date: string;
}

/**
 * The order of documents on the search page and in the index (each
 * document's rank, see records.ts): hits are listed in it, so the index
 * returns them already in reading order.
 */
export function compareDocuments(a: OrderedDocument, b: OrderedDocument): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'zh-CN') || a.slug.localeCompare(b.slug);
}
