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
