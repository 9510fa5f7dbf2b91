import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../scripts/lib/document.ts';
import { parseSeedMetadata } from '../../scripts/lib/metadata.ts';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { DOCUMENT_EXTENSION, DOCUMENTS_DIR, GENERATED_DIR, PARAGRAPHS_FILE, SOURCES_DIR } from '../../src/content/locations.ts';
import { writeCorpus } from '../../scripts/lib/write-corpus.ts';
import { SEEDS_DIR } from '../helpers/corpus.ts';

const roots: string[] = [];
async function buildCopy(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'sco-corpus-'));
  roots.push(root);
  await cp(SEEDS_DIR, path.join(root, 'seeds'), { recursive: true });
  expect(await writeCorpus(root)).toBe(0);
  return root;
}
async function readTree(dir: string): Promise<Record<string, string>> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const entries = files.filter((file) => file.isFile()).map(async (file) => {
    const full = path.join(file.parentPath, file.name);
    return [path.relative(dir, full), await readFile(full, 'utf8')] as const;
  });
  return Object.fromEntries(await Promise.all(entries));
}
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

describe('the normalize step', () => {
  it('is deterministic: two runs write identical bytes', async () => {
    const [first, second] = [await buildCopy(), await buildCopy()];
    const a = await readTree(path.join(first, GENERATED_DIR));
    const slugs = ['2011-astana-declaration', '2017-astana-declaration', '2017-astana-foreign-ministers-communique', '2017-astana-heads-of-state-communique', '2024-astana-declaration'];
    const inGenerated = (file: string) => path.relative(GENERATED_DIR, file);
    expect(Object.keys(a).sort()).toEqual([
      ...slugs.map((slug) => inGenerated(`${DOCUMENTS_DIR}/${slug}${DOCUMENT_EXTENSION}`)),
      inGenerated(PARAGRAPHS_FILE),
      ...slugs.map((slug) => inGenerated(`${SOURCES_DIR}/${slug}.json`)),
    ]);
    expect(await readTree(path.join(second, GENERATED_DIR))).toEqual(a);
  });

  it('is idempotent: normalizing its own output gives the same paragraphs', async () => {
    const root = await buildCopy();
    const records = await readParagraphRecords(root);
    const slugs = [...new Set(records.map((record) => record.document))];
    for (const slug of slugs) {
      const texts = records.filter((record) => record.document === slug).map((record) => record.text);
      const metadata = parseSeedMetadata(`slug: ${slug}\ntitle: 标题\nkind: 宣言\ncouncil: 元首理事会\ndate: 2024-07-04\nplace: 阿斯塔纳\nsource:\n  publisher: 测试\n`, 'again.yaml');
      const again = normalizeDocument(new TextEncoder().encode(texts.join('\n\n')), metadata, 'again.txt');
      expect(again.paragraphs.map((paragraph) => paragraph.text)).toEqual(texts);
    }
  });
});
