import { decodeFragment, formatParagraphHash, parseParagraphId, type ParagraphRange } from './anchor.ts';

/**
 * The site's addresses, built in one place so that pages, search, data files
 * and tests agree on them (every path ends with a slash: trailingSlash is
 * "always" in astro.config.mjs).
 */

/** The reading page of a document: "/2024-astana-declaration/". */
export function documentPath(slug: string): string {
  return `/${slug}/`;
}

/** The permalink of a paragraph or a run: "/2024-astana-declaration/#p12". */
export function paragraphPath(slug: string, target: number | ParagraphRange): string {
  return `${documentPath(slug)}${formatParagraphHash(target)}`;
}

/** The document and paragraph a permalink names (a query string before the hash is allowed); null for anything else. */
export function parseParagraphPath(url: string): { document: string; n: number } | null {
  const match = /^\/([^/?#]+)\/(?:\?[^#]*)?(#.*)$/.exec(url);
  const range = match && parseParagraphId(decodeFragment(match[2]));
  return match && range && range.from === range.to ? { document: decodeURIComponent(match[1]), n: range.from } : null;
}

export const SEARCH_PATH = '/search/';

/** A document as data (see src/pages/data/[slug].json.ts): what data users and the compare view read. */
export function documentDataPath(slug: string, format: 'json' = 'json'): string {
  return `/data/${slug}.${format}`;
}

/** One file of paragraph texts that search shows with its hits (see src/lib/search/texts.ts): "/search/text/{slug}/{file}.bin" (gzip-compressed JSON; not named .gz, which servers send with Content-Encoding: gzip). */
export function searchTextPath(slug: string, file: number): string {
  return `${SEARCH_PATH}text/${slug}/${file}.bin`;
}

/**
 * The Pagefind bundles of search, one per index kind (see src/lib/search/tokens.ts):
 * built one after the other, so that the build holds one in memory at a time.
 */
export const SEARCH_INDEX_PATHS = { bigram: '/pagefind/', character: '/pagefind-char/' } as const;

/**
 * The fixed query Pagefind adds to its entry file's address (its
 * metaCacheTag; by default the time, which no preload can name): the search
 * page preloads the entry and the WebAssembly of the bigram bundle while it
 * loads. The entry's name is revalidated by every cache (see security.ts).
 */
export const SEARCH_ENTRY_TAG = 'search';
export const SEARCH_PRELOADS = [`${SEARCH_INDEX_PATHS.bigram}pagefind-entry.json?ts=${SEARCH_ENTRY_TAG}`, `${SEARCH_INDEX_PATHS.bigram}wasm.unknown.pagefind`];
