// The search step: after the build, index every document's paragraph
// records (not the HTML pages, so navigation, licence and page chrome never
// produce a hit) into the build output's pagefind/ folder, and write the
// paragraph texts that hits show (see src/lib/search/texts.ts).
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readDocuments } from '../content/document-schema.ts';
import { readParagraphRecords, type ParagraphRecord } from '../content/paragraph-record.ts';
import { isoDate } from '../lib/date.ts';
import { compareDocuments } from '../lib/search/order.ts';
import { documentRecord } from '../lib/search/records.ts';
import { textFiles } from '../lib/search/texts.ts';
import { INDEX_LANGUAGES, type IndexKind } from '../lib/search/tokens.ts';
import { SEARCH_INDEX_PATHS, searchTextPath } from '../lib/urls.ts';
import { withPagefindIndex } from './pagefind-service.ts';

// Word chunks of about 20,000 word locations (Pagefind's default, set
// explicitly because Pagefind reads it only from an environment variable
// marked unstable; pagefind is pinned): the postings of a common bigram fill
// a few chunks, a rare one shares a chunk with its neighbours. Measured by
// bench/scale.bench.ts against smaller chunks, which cost more requests.
const INDEX_CHUNK_LOCATIONS = 20000;

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
        const count = await writeSearchIndex(root, fileURLToPath(dir));
        logger.info(`Indexed ${count} paragraphs with Pagefind in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}

/**
 * Builds the search indexes of every paragraph of the project at `root` into
 * `site` (see SEARCH_INDEX_PATHS) and the hit texts into `site`/search/text/;
 * returns the paragraph count. One index after the other, each document
 * added on its own: Pagefind holds every word position of an index in
 * memory, about 2 GB for each of these at 1,000 documents.
 */
export async function writeSearchIndex(root: string, site: string): Promise<number> {
  const documents = [...(await readDocuments(root)).values()]
    .map((document) => ({ ...document, date: isoDate(document.date) }))
    .sort(compareDocuments);
  const paragraphs = Map.groupBy(await readParagraphRecords(root), (paragraph) => paragraph.document);
  for (const slug of paragraphs.keys()) {
    if (!documents.some((document) => document.slug === slug)) throw new Error(`Search index: paragraphs name no known document “${slug}”.`);
  }
  const ordered = documents.map(({ slug }) => ({ slug, records: (paragraphs.get(slug) ?? []).toSorted((a, b) => a.n - b.n) }));
  for (const kind of Object.keys(INDEX_LANGUAGES) as IndexKind[]) {
    await withPagefindIndex(
      {},
      async (index) => {
        for (const [rank, { slug, records }] of ordered.entries()) await index.addCustomRecord(documentRecord(slug, rank, records, kind));
        await index.writeFiles(path.join(site, SEARCH_INDEX_PATHS[kind]));
      },
      { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_LOCATIONS) },
    );
  }
  for (const { slug, records } of ordered) await writeTexts(site, slug, records);
  return ordered.reduce((count, { records }) => count + records.length, 0);
}

async function writeTexts(site: string, slug: string, records: readonly ParagraphRecord[]): Promise<void> {
  const files = textFiles(records.map((record) => record.text));
  await mkdir(path.dirname(path.join(site, searchTextPath(slug, 0))), { recursive: true });
  await Promise.all(files.map((texts, file) => writeFile(path.join(site, searchTextPath(slug, file)), gzipSync(JSON.stringify(texts), { level: 9 }))));
}
