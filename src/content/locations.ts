import path from 'node:path';

/**
 * Where the normalizer writes the content that Astro, the search index and
 * the tests read (relative to the project root). Neutral ground: scripts/
 * and src/ both import it, so src/ never needs to import scripts/.
 */
export const GENERATED_DIR = 'src/content/generated';
export const DOCUMENTS_DIR = `${GENERATED_DIR}/documents`;
/**
 * Documents are Markdown, not MDX: they hold no components, and Astro renders
 * Markdown entries once into its data store, where each MDX file would become
 * a JavaScript module of the bundle (measured at 1,000 documents: about 1 GB
 * more memory and 10 s more for the build).
 */
export const DOCUMENT_EXTENSION = '.md';
export const PARAGRAPHS_FILE = `${GENERATED_DIR}/paragraphs.json`;

/** An absolute path inside the generated content of the project at `root`. */
export function generatedPath(root: string, ...parts: string[]): string {
  return path.join(root, GENERATED_DIR, ...parts);
}

/** One file per document: its seed's lines and where each paragraph came from (see source-file.ts). */
export const SOURCES_DIR = `${GENERATED_DIR}/sources`;
