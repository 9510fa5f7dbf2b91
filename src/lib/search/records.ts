import type { CustomRecord } from 'pagefind';
import { foldCharacter } from './fold.ts';
import { paragraphUrl } from './links.ts';
import { contentText, indexContent, isWordCharacter } from './tokens.ts';

/** What the index needs of a document (from its frontmatter). */
export interface DocumentMeta {
  slug: string;
  title: string;
  kind: string;
  council: string;
  /** YYYY-MM-DD */
  date: string;
}

/** A record of src/content/generated/paragraphs.json. */
export interface ParagraphEntry {
  id: string;
  document: string;
  n: number;
  text: string;
}

/** The pages' language, so that Pagefind picks this index without falling back. */
const INDEX_LANGUAGE = 'zh-cn';

/**
 * The search record of one paragraph. Meta holds only what a hit shows and is
 * never a single character: Pagefind also matches meta words, and every
 * query word is a single character.
 */
export function paragraphRecord(paragraph: ParagraphEntry, document: DocumentMeta): CustomRecord {
  assertIndexable(paragraph);
  return {
    url: paragraphUrl(document.slug, paragraph.n),
    content: indexContent(paragraph.text),
    language: INDEX_LANGUAGE,
    meta: { title: document.title, date: document.date },
    filters: { year: [document.date.slice(0, 4)], kind: [document.kind], council: [document.council] },
  };
}

/**
 * Stops the build when a paragraph could be missed: its text must come back
 * whole from the index, and each of its word characters must already be in
 * the folded form queries take (Pagefind itself only lower-cases).
 */
function assertIndexable({ id, text }: ParagraphEntry): void {
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
