// The texts search shows with its hits, written at build time next to the
// index (scripts/lib/search-index.ts) and fetched only for the hits on
// screen. A file holds 25 consecutive paragraphs of one document, as a
// gzip-compressed JSON array (about 2.6 KB, at most 4 KB: well inside a
// connection's first round trip): a page of twenty hits of a common term
// needs one to three files, of a rare one at most twenty. Ten paragraphs a
// file made the files half as big and twice as many: at 1,000 documents the
// first screen then spent about 30 ms more fetching them (each request
// costs a few ms of the browser's and the server's time), and an export
// fetched 8,545 files instead of 3,717. Compressed at build time, as
// Pagefind does its own files, so any static host serves them small.
import { fetchSiteFile, readOnce } from '../site-file.ts';
import { searchTextPath } from '../urls.ts';

export const PARAGRAPHS_PER_TEXT_FILE = 25;

/** The file (0-based) holding paragraph n. */
export function textFileOf(n: number): number {
  return Math.floor((n - 1) / PARAGRAPHS_PER_TEXT_FILE);
}

/** A document's paragraph texts, cut into its files in order. */
export function textFiles(texts: readonly string[]): string[][] {
  const files: string[][] = [];
  for (let at = 0; at < texts.length; at += PARAGRAPHS_PER_TEXT_FILE) files.push(texts.slice(at, at + PARAGRAPHS_PER_TEXT_FILE));
  return files;
}

/** The paragraphs of one text file, fetched and decompressed, kept by no one (see paragraphText for the page's copy). */
export async function fetchTextFile(path: string): Promise<string[]> {
  // Read whole first: a stream cut at the end of the gzip data would abort the
  // request. The bytes are streamed from a Response, not a Blob: a Blob is
  // registered with the browser process, and sixteen files took 16–33 ms to
  // decode that way on a quiet page against 4–7 ms from a Response.
  const compressed = await (await fetchSiteFile(path)).arrayBuffer();
  return new Response(new Response(compressed).body!.pipeThrough(new DecompressionStream('gzip'))).json();
}

/** Paragraph texts by document and number, read from text files by `readFile` (which decides what is kept). */
export function textLoader(readFile: (path: string) => Promise<string[]>): (slug: string, n: number) => Promise<string> {
  return async (slug, n) => {
    const text = (await readFile(searchTextPath(slug, textFileOf(n))))[(n - 1) % PARAGRAPHS_PER_TEXT_FILE];
    if (text === undefined) throw new Error(`no text for ${slug} p${n}`);
    return text;
  };
}

/** The texts of paragraphs of one document, by number; each file is fetched once and kept for the page. */
export const paragraphText = textLoader(readOnce(fetchTextFile));
