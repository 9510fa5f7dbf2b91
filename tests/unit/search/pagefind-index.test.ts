// The real Pagefind indexer over the real corpus: one record per index page
// (sixteen documents) and index kind, and hit texts that give back every paragraph exactly.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/content/document-schema.ts';
import { readParagraphRecords } from '../../../src/content/paragraph-record.ts';
import { writeSearchIndex } from '../../../scripts/lib/search-index.ts';
import { DOCUMENTS_PER_INDEX_PAGE } from '../../../src/lib/search/index-pages.ts';
import { INDEX_LANGUAGES, type IndexKind } from '../../../src/lib/search/tokens.ts';
import { SEARCH_INDEX_PATHS, searchTextPath } from '../../../src/lib/urls.ts';

const paragraphs = await readParagraphRecords(process.cwd());
const documents = await readDocuments(process.cwd());
let site: string;

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'sco-search-index-'));
  expect(await writeSearchIndex(process.cwd(), site)).toBe(paragraphs.length);
});
afterAll(() => rm(site, { recursive: true, force: true }));

describe('the search index', () => {
  it('holds the documents sixteen to a page in the index of each kind, in its own language', async () => {
    for (const kind of Object.keys(INDEX_LANGUAGES) as IndexKind[]) {
      const entry = JSON.parse(await readFile(path.join(site, SEARCH_INDEX_PATHS[kind], 'pagefind-entry.json'), 'utf8'));
      expect(Object.keys(entry.languages)).toEqual([INDEX_LANGUAGES[kind]]);
      expect(entry.languages[INDEX_LANGUAGES[kind]].page_count).toBe(Math.ceil(documents.size / DOCUMENTS_PER_INDEX_PAGE));
    }
  });

  it('writes hit texts that give back every paragraph exactly, and nothing else', async () => {
    let files = 0;
    for (const slug of documents.keys()) {
      const own = paragraphs.filter((paragraph) => paragraph.document === slug);
      const texts: string[] = [];
      for (let file = 0; texts.length < own.length; file++) {
        texts.push(...JSON.parse(gunzipSync(await readFile(path.join(site, searchTextPath(slug, file)))).toString('utf8')));
        files += 1;
      }
      expect(texts).toEqual(own.map((paragraph) => paragraph.text));
    }
    const written = (await readdir(path.join(site, 'search/text'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(written).toHaveLength(files);
  });
});
