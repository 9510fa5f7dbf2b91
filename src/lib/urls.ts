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

/** A document as data (see src/pages/data/[slug].json.ts): what data users and the compare view read. */
export function documentDataPath(slug: string, format: 'json' = 'json'): string {
  return `/data/${slug}.${format}`;
}

/** The source view of a document, optionally at a line or a run of lines: "/2024-astana-declaration/source/#L33-L35". */
export function sourcePath(slug: string, lines?: number | LineRange): string {
  return `${documentPath(slug)}source/${lines === undefined ? '' : formatLineHash(lines)}`;
}

/** Where each paragraph of a document came from, without the source text (read on demand by the reading page). */
export function sourceNotesPath(slug: string): string {
  return `${sourcePath(slug)}notes.json`;
}
