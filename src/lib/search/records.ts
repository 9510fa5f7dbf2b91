import type { CustomRecord } from 'pagefind';
import type { ParagraphRecord } from '../../content/paragraph-record.ts';
import { documentPath } from '../urls.ts';
import { foldCharacter } from './fold.ts';
import { INDEX_LANGUAGES, documentContent, isWordCharacter, type IndexKind } from './tokens.ts';

/** The Pagefind filter naming each record's document: a search's counts per value are its hits per document. */
export const DOCUMENT_FILTER = 'doc';
/** The Pagefind sort key holding each document's rank in compareDocuments order. */
export const RANK_SORT = 'rank';

/**
 * The search record of one document in the index of that kind (see tokens.ts).
 * A whole document is one Pagefind page: the index then holds a thousand
 * pages rather than eighty thousand paragraphs, so its metadata stays small
 * and a search returns at most one result per document; the paragraph of a
 * hit comes from its position (see paragraphAt). No meta: Pagefind indexes
 * meta words too, and they would match query words; the search page has
 * each document's title and date.
 */
export function documentRecord(slug: string, rank: number, paragraphs: readonly ParagraphRecord[], kind: IndexKind): CustomRecord {
  paragraphs.forEach((paragraph, i) => {
    if (paragraph.document !== slug || paragraph.n !== i + 1) {
      throw new Error(`${paragraph.id}: the paragraphs of ${slug} must come in order, numbered from 1 (found p${paragraph.n} at place ${i + 1})`);
    }
    assertIndexable(paragraph);
  });
  const texts = paragraphs.map((paragraph) => paragraph.text);
  return {
    url: documentPath(slug),
    content: documentContent(texts, kind),
    language: INDEX_LANGUAGES[kind],
    filters: { [DOCUMENT_FILTER]: [slug] },
    sort: { [RANK_SORT]: String(rank) },
  };
}

/**
 * Stops the build when a paragraph could be missed: each of its word
 * characters must already be in the folded form queries take (Pagefind
 * itself only lower-cases).
 */
function assertIndexable({ id, text }: ParagraphRecord): void {
  for (const char of text) {
    if (isWordCharacter(char) && foldCharacter(char) !== char.toLowerCase()) {
      const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(
        `${id}: “${char}” (U+${code}) is a compatibility form; queries fold it to “${foldCharacter(char)}”, which the index would not match. Normalise it in scripts/lib/text.`,
      );
    }
  }
}
