// The Pagefind step: after the build, index every paragraph record (not the
// HTML pages, so navigation, licence and page chrome never produce a hit) and
// write the index into the build output's pagefind/ folder.
// Every Pagefind call is checked for errors, after Starlight's integrations/pagefind.ts.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readDocuments } from '../content/document-schema.ts';
import { readParagraphRecords } from '../content/paragraph-record.ts';
import { paragraphRecord } from '../lib/search/records.ts';

// The index's layout, chosen for the bytes a first query fetches (measured by
// bench/search.bench.ts). Word chunks hold about 2,000 word locations instead
// of Pagefind's 20,000, so a query loads only the few small chunks holding its
// characters; Pagefind reads this setting only from an environment variable
// marked unstable, so pagefind is pinned and a unit test checks the chunks.
// Fragments are bundled about 30 paragraphs to a file: one file per paragraph
// means a hundred requests for a common term, one big file the whole corpus
// for a rare one.
const INDEX_CHUNK_LOCATIONS = 2000;
const PARAGRAPHS_PER_FRAGMENT_FILE = 30;

export default function paragraphSearch(): AstroIntegration {
  let root: string;
  return {
    name: 'sco:paragraph-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeParagraphIndex(root, fileURLToPath(new URL('pagefind/', dir)));
        logger.info(`Indexed ${count} paragraphs with Pagefind in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}

/** Builds the index of every paragraph of the project at `root` and writes it to the folder `output`; returns the paragraph count. */
export async function writeParagraphIndex(root: string, output: string): Promise<number> {
  const documents = await readDocuments(root);
  const paragraphs = await readParagraphRecords(root);
  const chunkSetting = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_LOCATIONS);
  try {
    const maxFragments = Math.ceil(paragraphs.length / PARAGRAPHS_PER_FRAGMENT_FILE);
    const { index } = checked(await pagefind.createIndex({ maxFragments }), 'createIndex');
    await Promise.all(
      paragraphs.map(async (paragraph) => {
        const document = documents.get(paragraph.document);
        if (!document) throw new Error(`Search index: paragraph ${paragraph.id} names no known document.`);
        checked(await index.addCustomRecord(paragraphRecord(paragraph, document)), `addCustomRecord(${paragraph.id})`);
      }),
    );
    checked(await index.writeFiles({ outputPath: output }), 'writeFiles');
    return paragraphs.length;
  } finally {
    await pagefind.close();
    if (chunkSetting === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSetting;
  }
}

function checked<T extends { errors: string[] }>(response: T, call: string): Required<T> {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${call} failed:\n${response.errors.map((error) => `  ${error}`).join('\n')}`);
  }
  return response as Required<T>;
}
