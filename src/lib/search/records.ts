import type { CustomRecord } from 'pagefind';
import type { DocumentData } from '../../content/document-schema.ts';
import type { ParagraphRecord } from '../../content/paragraph-record.ts';
import { isoDate, yearOf } from '../date.ts';
import { paragraphPath } from '../urls.ts';
import { foldCharacter } from './fold.ts';
import { contentText, indexContent, isWordCharacter } from './tokens.ts';

/** What the index needs of a document. */
export type IndexedDocument = Pick<DocumentData, 'slug' | 'title' | 'kind' | 'council' | 'date'>;

/** The pages' language, so that Pagefind picks this index without falling back. */
const INDEX_LANGUAGE = 'zh-cn';

/**
 * The search record of one paragraph. Meta holds only what a hit shows and is
 * never a single character: Pagefind also matches meta words, and every
 * query word is a single character.
 */
export function paragraphRecord(paragraph: ParagraphRecord, document: IndexedDocument): CustomRecord {
  assertIndexable(paragraph);
  return {
    url: paragraphPath(document.slug, paragraph.n),
    content: indexContent(paragraph.text),
    language: INDEX_LANGUAGE,
    meta: { title: document.title, date: isoDate(document.date) },
    filters: { year: [String(yearOf(document.date))], kind: [document.kind], council: [document.council] },
  };
}

/**
 * Stops the build when a paragraph could be missed: its text must come back
 * whole from the index, and each of its word characters must already be in
 * the folded form queries take (Pagefind itself only lower-cases).
 */
function assertIndexable({ id, text }: ParagraphRecord): void {
  // Pagefind deletes U+200B from what it stores.
  if (text.includes('\u200B') || contentText(indexContent(text)) !== text) {
    throw new Error(`${id}: the text does not survive indexing unchanged (white space other than U+0020, U+200B or U+2420 ␠)`);
  }
  for (const char of text) {
    if (isWordCharacter(char) && foldCharacter(char) !== char.toLowerCase()) {
      const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(
        `${id}: “${char}” (U+${code}) is a compatibility form; queries fold it to “${foldCharacter(char)}”, which the index would not match. Normalise it in scripts/lib/text.`,
      );
    }
  }
}
