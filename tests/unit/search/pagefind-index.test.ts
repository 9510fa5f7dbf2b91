// The real Pagefind indexer over the real corpus: every paragraph is one
// record whose stored content gives back its exact text.
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeParagraphIndex } from '../../../src/integrations/pagefind.ts';
import { readParagraphRecords } from '../../../src/content/paragraph-record.ts';
import { contentText } from '../../../src/lib/search/tokens.ts';

const paragraphs = await readParagraphRecords(process.cwd());
let output: string;

/** A Pagefind file: gzip over "pagefind_dcd" and the payload. */
async function readBundleFile(file: string): Promise<string> {
  const bytes = gunzipSync(await readFile(file));
  expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return bytes.subarray(12).toString('utf8');
}

beforeAll(async () => {
  output = await mkdtemp(path.join(tmpdir(), 'sco-pagefind-'));
  expect(await writeParagraphIndex(process.cwd(), output)).toBe(paragraphs.length);
});
afterAll(() => rm(output, { recursive: true, force: true }));

describe('the paragraph index', () => {
  it('is one Chinese index of every paragraph', async () => {
    const entry = JSON.parse(await readFile(path.join(output, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBe(paragraphs.length);
  });

  // Pagefind takes the chunk size from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; its
  // default (20,000 word locations) would give chunks of 15–20 KB here.
  it('is cut into small word chunks and about thirty paragraphs per fragment file', async () => {
    const chunks = await readdir(path.join(output, 'index'));
    const sizes = await Promise.all(chunks.map(async (name) => (await stat(path.join(output, 'index', name))).size));
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...sizes)).toBeLessThan(4000);
    expect(await readdir(path.join(output, 'fragment'))).toHaveLength(Math.ceil(paragraphs.length / 30));
  });

  it('stores each paragraph so that its exact text comes back', async () => {
    const fragments = new Map<string, string>();
    for (const name of await readdir(path.join(output, 'fragment'))) {
      const data = JSON.parse(await readBundleFile(path.join(output, 'fragment', name)));
      // A file holds one fragment, or a group of them keyed by hash.
      for (const fragment of 'url' in data ? [data] : Object.values(data)) {
        const { url, content } = fragment as { url: string; content: string };
        fragments.set(url, contentText(content.replace(/\u200B/g, '')));
      }
    }
    expect(fragments.size).toBe(paragraphs.length);
    for (const { document, n, text } of paragraphs) expect(fragments.get(`/${document}/#p${n}`)).toBe(text);
  });
});
