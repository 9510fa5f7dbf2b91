/**
 * The site's one security policy. Pages carry the Content-Security-Policy in
 * a meta tag (works on any static host); the build also writes it, with what
 * a meta tag cannot say (frame-ancestors, the other headers, caching), into
 * dist/_headers for hosts that read that file (see headers-file.ts), with
 * how Pagefind's compressed files are sent.
 */
import { SEARCH_INDEX_PATHS } from './urls.ts';

const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** frame-ancestors is ignored (with a console error) in a meta tag, so only the header carries it. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

export const CSP_META = CSP_DIRECTIVES.join('; ');
export const CSP_HEADER = [...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** HTML and every file under a fixed name: a cache may keep it but must ask again before using it. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/** Files whose name carries a hash of their content never change under that name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Pagefind's files named by a hash of their content (word chunks, fragments, filters, metadata), as paths in a bundle. */
const PAGEFIND_HASHED_FILES = ['index/*', 'fragment/*', 'filter/*', '*.pf_meta'];

/** Paths in both search bundles (SEARCH_INDEX_PATHS). */
function inEachSearchBundle(files: readonly string[]): string[] {
  return Object.values(SEARCH_INDEX_PATHS).flatMap((bundle) => files.map((file) => `${bundle}${file}`));
}

/**
 * Paths whose file names are content hashes: Vite's assets, and Pagefind's
 * word chunks, fragments, filters and metadata in both search bundles
 * (SEARCH_INDEX_PATHS). pagefind.js, pagefind-entry.json, the WASM
 * (wasm.unknown.pagefind) and search's hit texts keep fixed names and must
 * be revalidated.
 */
export const IMMUTABLE_PATHS = ['/_astro/*', ...inEachSearchBundle(PAGEFIND_HASHED_FILES)];

/**
 * The files Pagefind writes gzip-compressed (metadata, word chunks, filters,
 * fragments, its WebAssembly), in both search bundles: sent as
 * `Content-Encoding: gzip`, the browser decodes them natively, off the main
 * thread, and Pagefind, which recognises a decoded file by the signature
 * it starts with (pagefind_dcd, since Pagefind 0.5), skips its own
 * JavaScript inflate, which otherwise held the search page's main thread
 * before the first results: at 1,000 documents they came 35–40 ms sooner
 * with the header (an A/B of 20 queries, 3 cold rounds each). A host that
 * ignores the header sends the same bytes, and Pagefind inflates them as
 * before. Not our hit texts: the page decodes those itself.
 */
export const GZIP_ENCODED_PATHS = inEachSearchBundle([...PAGEFIND_HASHED_FILES, 'wasm.*']);
