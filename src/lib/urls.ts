import { decodeFragment, formatParagraphHash, parseParagraphId, type ParagraphRange } from './anchor.ts';
import { formatLineHash, type LineRange } from './source-anchor.ts';

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
/** The search page's catalogue: every document in rank order, with what search needs of it (src/pages/search/documents.json.ts). */
export const SEARCH_DOCUMENTS_PATH = `${SEARCH_PATH}documents.json`;
/** Every Chinese character the corpus uses (src/pages/search/characters.txt.ts). */
export const SEARCH_CHARACTERS_PATH = `${SEARCH_PATH}characters.txt`;

/** Formulations over time: counts of up to 10 terms in every document (src/pages/trends.astro). */
export const TRENDS_PATH = '/trends/';
/** The query parameter of the trends page, once per term. */
export const TRENDS_TERM_PARAM = 't';

/** The trends page for these terms: "/trends/?t=上海精神&t=反恐". */
export function trendsUrl(terms: readonly string[]): string {
  const query = new URLSearchParams(terms.map((term) => [TRENDS_TERM_PARAM, term]));
  return `${TRENDS_PATH}${terms.length > 0 ? `?${query}` : ''}`;
}

/** What the library is and how its texts are made: "关于本库". */
export const ABOUT_PATH = '/about/';
/** Its section on the rules every document is normalized by. */
export const NORMALIZATION_RULES_PATH = `${ABOUT_PATH}#normalization`;

/** A document as data (see src/pages/data/[slug].json.ts): what data users and the compare view read; also its other formats. */
export function documentDataPath(slug: string, format: DocumentFormat = 'json'): string {
  return `/data/${slug}.${format}`;
}

/** The per-document files: data (json, csv, txt) and citations (bib, ris, csl.json). */
export const DOCUMENT_FORMATS = ['json', 'csv', 'txt', 'bib', 'ris', 'csl.json'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The whole corpus as data: every document (JSON), every paragraph (CSV, JSON Lines). */
export const DATA_INDEX_PATH = '/data/index.json';
export const PARAGRAPHS_CSV_PATH = '/data/paragraphs.csv';
export const PARAGRAPHS_JSONL_PATH = '/data/paragraphs.jsonl';

/** Every mention of an instrument (a title in 《…》), one row each: CSV and JSON Lines. */
export const INSTRUMENT_MENTIONS_CSV_PATH = '/data/instrument-mentions.csv';
export const INSTRUMENT_MENTIONS_JSONL_PATH = '/data/instrument-mentions.jsonl';

/** The JSON Schema of a published format: "/data/schema/document.json". */
export function dataSchemaPath(name: 'document' | 'paragraph' | 'index' | 'related' | 'instrument-mention'): string {
  return `/data/schema/${name}.json`;
}

/** The Atom feed of documents. */
export const FEED_PATH = '/feed.xml';

/** The site's icon, a static file of public/ at the path browsers request by themselves (no page names it). */
export const FAVICON_PATH = '/favicon.ico';

/** The related paragraphs of a document's paragraphs (see src/pages/data/related/[slug].json.ts), fetched when a reader asks. */
export function relatedDataPath(slug: string): string {
  return `/data/related/${slug}.json`;
}

export const COMPARE_PATH = '/compare/';

/** Every instrument the documents cite (src/lib/instruments/). */
export const INSTRUMENTS_PATH = '/instruments/';

/**
 * One instrument and its mentions: "/instruments/联合国宪章/". The key
 * (instrumentKey) is written as is: an href may hold Chinese characters, and
 * percent-encoding would triple the bytes of every title link on a reading page.
 */
export function instrumentPath(key: string): string {
  return `${INSTRUMENTS_PATH}${key}/`;
}

/** Which side of a comparison a paragraph is on: a (甲), b (乙). */
export type CompareSide = 'a' | 'b';

/** The element id of a paragraph in the compare view: "a14", "b22". */
export function compareAnchorId(side: CompareSide, n: number): string {
  return `${side}${n}`;
}

/** The comparison of document a with document b ("/compare/?a=…&b=…"), at a paragraph of either side if given. */
export function compareUrl(a: string, b?: string, at?: { side: CompareSide; n: number }): string {
  const query = new URLSearchParams({ a, ...(b === undefined ? {} : { b }) });
  return `${COMPARE_PATH}?${query}${at ? `#${compareAnchorId(at.side, at.n)}` : ''}`;
}

/** The source view of a document, optionally at a line or a run of lines: "/2024-astana-declaration/source/#L33-L35". */
export function sourcePath(slug: string, lines?: number | LineRange): string {
  return `${documentPath(slug)}source/${lines === undefined ? '' : formatLineHash(lines)}`;
}

/** Where each paragraph of a document came from, without the source text (read on demand by the reading page). */
export function sourceNotesPath(slug: string): string {
  return `${sourcePath(slug)}notes.json`;
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
