import type { CustomRecord } from 'pagefind';
import type { ParagraphRecord } from '../../content/paragraph-record.ts';
import { SEARCH_PATH } from '../urls.ts';
import { foldCharacter } from './fold.ts';
import { INDEX_LANGUAGES, documentContent, isWordCharacter, type IndexKind } from './tokens.ts';

/** The Pagefind filter naming each index page (see index-pages.ts): a search's counts per value say which pages it found. */
export const PAGE_FILTER = 'page';
/** The Pagefind sort key holding each index page's number, so that results come in rank order. */
export const RANK_SORT = 'rank';

/** A document's paragraphs, in order, for its index page. */
export interface IndexedDocument {
  slug: string;
  paragraphs: readonly ParagraphRecord[];
}

/**
 * The search record of one index page (index-pages.ts: documents, in rank
 * order, one after the other) in the index of that kind (see tokens.ts).
 * Whole documents make a page, so the index holds a few dozen pages rather
 * than eighty thousand paragraphs: its metadata stays small, and the
 * paragraph of a hit comes from its position (documentPositions, then
 * paragraphAt). No meta: Pagefind indexes meta words too, and they would
 * match query words; the search page has each document's title and date.
 * The URL names the page: nothing reads Pagefind's fragments.
 */
export function indexPageRecord(page: number, documents: readonly IndexedDocument[], kind: IndexKind): CustomRecord {
  const contents = documents.map(({ slug, paragraphs }) => {
    paragraphs.forEach((paragraph, i) => {
      if (paragraph.document !== slug || paragraph.n !== i + 1) {
        throw new Error(`${paragraph.id}: the paragraphs of ${slug} must come in order, numbered from 1 (found p${paragraph.n} at place ${i + 1})`);
      }
      assertIndexable(paragraph);
    });
    return documentContent(
      paragraphs.map((paragraph) => paragraph.text),
      kind,
    );
  });
  return {
    url: `${SEARCH_PATH}#index-page-${page}`,
    // An empty document takes no position (and no separator, which Pagefind would not count).
    content: contents.filter((content) => content !== '').join(' '),
    language: INDEX_LANGUAGES[kind],
    filters: { [PAGE_FILTER]: [String(page)] },
    sort: { [RANK_SORT]: String(page) },
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
