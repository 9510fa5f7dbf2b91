// The search step of the build (scripts/lib/build-site.ts, once Astro has
// built the pages and exited): index every document's paragraph records (not
// the HTML pages, so navigation, licence and page chrome never produce a hit)
// into the build output's pagefind/ folders, and write the paragraph texts
// that hits show (see src/lib/search/texts.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readDocuments } from '../../src/content/document-schema.ts';
import { readParagraphRecords, type ParagraphRecord } from '../../src/content/paragraph-record.ts';
import { isoDate } from '../../src/lib/date.ts';
import { compareDocuments } from '../../src/lib/search/order.ts';
import { indexPages } from '../../src/lib/search/index-pages.ts';
import { indexPageRecord, type IndexedDocument } from '../../src/lib/search/records.ts';
import { textFiles } from '../../src/lib/search/texts.ts';
import { INDEX_LANGUAGES, documentLayout, type IndexKind } from '../../src/lib/search/tokens.ts';
import { SEARCH_INDEX_PATHS, searchTextPath } from '../../src/lib/urls.ts';
import { withPagefindIndex } from './pagefind-service.ts';

// Word chunks hold a share of the index's word locations (one per
// character of the corpus), between 2,000 and Pagefind's default of 20,000:
// a query fetches whole chunks, so small ones keep a rare word cheap in a
// small corpus, while in a large one the postings of a common bigram fill a
// few big chunks rather than many requests (measured by bench/scale.bench.ts
// and bench/search.bench.ts). Pagefind reads the size only from an
// environment variable marked unstable; pagefind is pinned.
const CHUNKS_PER_INDEX = 300;
const CHUNK_LOCATIONS = { min: 2000, max: 20000 };

function chunkLocations(characters: number): number {
  return Math.min(CHUNK_LOCATIONS.max, Math.max(CHUNK_LOCATIONS.min, Math.round(characters / CHUNKS_PER_INDEX)));
}

/**
 * Builds the search indexes of every paragraph of the project at `root` into
 * `site` (see SEARCH_INDEX_PATHS) and the hit texts into `site`/search/text/;
 * returns the paragraph count. One index after the other, each index page
 * (sixteen documents, index-pages.ts) added on its own: Pagefind holds every
 * word position of an index in memory, about 2 GB for each of these at 1,000
 * documents.
 */
export async function writeSearchIndex(root: string, site: string): Promise<number> {
  const documents = [...(await readDocuments(root)).values()]
    .map((document) => ({ ...document, date: isoDate(document.date) }))
    .sort(compareDocuments);
  const byDocument = Map.groupBy(await readParagraphRecords(root), (paragraph) => paragraph.document);
  for (const slug of byDocument.keys()) {
    if (!documents.some((document) => document.slug === slug)) throw new Error(`Search index: paragraphs name no known document “${slug}”.`);
  }
  const ordered: IndexedDocument[] = documents.map(({ slug }) => ({ slug, paragraphs: (byDocument.get(slug) ?? []).toSorted((a, b) => a.n - b.n) }));
  const bySlug = new Map(ordered.map((document) => [document.slug, document]));
  const pages = indexPages(ordered.map(({ slug, paragraphs }) => ({ slug, layout: documentLayout(paragraphs.map((paragraph) => paragraph.text)) })));
  const characters = ordered.reduce((sum, { paragraphs }) => sum + paragraphs.reduce((length, paragraph) => length + paragraph.text.length, 0), 0);
  for (const kind of Object.keys(INDEX_LANGUAGES) as IndexKind[]) {
    await withPagefindIndex(
      {},
      async (index) => {
        for (const [page, paged] of pages.entries()) await index.addCustomRecord(indexPageRecord(page, paged.map(({ slug }) => bySlug.get(slug)!), kind));
        await index.writeFiles(path.join(site, SEARCH_INDEX_PATHS[kind]));
      },
      { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(chunkLocations(characters)) },
    );
  }
  for (const { slug, paragraphs } of ordered) await writeTexts(site, slug, paragraphs);
  return ordered.reduce((count, { paragraphs }) => count + paragraphs.length, 0);
}

async function writeTexts(site: string, slug: string, records: readonly ParagraphRecord[]): Promise<void> {
  const files = textFiles(records.map((record) => record.text));
  await mkdir(path.dirname(path.join(site, searchTextPath(slug, 0))), { recursive: true });
  await Promise.all(files.map((texts, file) => writeFile(path.join(site, searchTextPath(slug, file)), gzipSync(JSON.stringify(texts), { level: 9 }))));
}
