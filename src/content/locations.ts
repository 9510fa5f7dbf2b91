import path from 'node:path';

/**
 * Where the normalizer writes the content that Astro, the search index and
 * the tests read (relative to the project root). Neutral ground: scripts/
 * and src/ both import it, so src/ never needs to import scripts/.
 */
export const GENERATED_DIR = 'src/content/generated';
export const DOCUMENTS_DIR = `${GENERATED_DIR}/documents`;
/**
 * Documents are MDX entries of the `documents` collection, rendered by
 * @astrojs/mdx through the site's Markdown processor. Each MDX entry is a
 * module of the bundle, which costs memory and time at 1,000 documents (see
 * README, "Architecture"). `SCO_DOCUMENT_FORMAT=md` writes and loads the same
 * files as plain Markdown instead: only the scale bench (Markdown vs MDX
 * side by side) and the test that proves the pages identical use it.
 */
export const DOCUMENT_EXTENSION = process.env.SCO_DOCUMENT_FORMAT === 'md' ? '.md' : '.mdx';
/** Whether a file (absolute path) is a generated document: only those get numbered paragraphs. */
export function isGeneratedDocument(file: string | undefined): boolean {
  return file !== undefined && file.split(path.sep).join('/').includes(`/${DOCUMENTS_DIR}/`) && file.endsWith(DOCUMENT_EXTENSION);
}
export const PARAGRAPHS_FILE = `${GENERATED_DIR}/paragraphs.json`;

/** An absolute path inside the generated content of the project at `root`. */
export function generatedPath(root: string, ...parts: string[]): string {
  return path.join(root, GENERATED_DIR, ...parts);
}

/** One file per document: its seed's lines and where each paragraph came from (see source-file.ts). */
export const SOURCES_DIR = `${GENERATED_DIR}/sources`;
