// `npm run bench -- compare` (after `npm run build`):
//   - the compare view of the two largest documents, opened in a fresh
//     browser context until its rows are on screen, and the bytes it fetched;
//   - the related-paragraph computation (relatedFiles: shingles, MinHash-LSH,
//     exact check, lists per paragraph, files per document) on the paragraph
//     records of the corpus and of 1,000 synthetic documents (normalized in a
//     copy of the project; the Astro build around it is not timed), with the
//     size of the files it publishes; and on 81,000 distinct reworded
//     paragraphs (families of near-duplicates, the case LSH finds hardest).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { writeCorpus } from '../scripts/lib/write-corpus.ts';
import { readDocuments } from '../src/content/document-schema.ts';
import { readParagraphRecords } from '../src/content/paragraph-record.ts';
import { relatedFiles, type CorpusParagraph } from '../src/lib/compare/related.ts';
import { isoDate } from '../src/lib/date.ts';
import { compareUrl } from '../src/lib/urls.ts';
import { copyProject } from '../tests/helpers/project.ts';
import { writeSyntheticCorpus } from '../tests/helpers/synthetic-corpus.ts';
import { startStaticServer } from './lib/serve.ts';
import { recordTransfers, type Transfer } from './lib/transfers.ts';
import type { BenchTable } from './run.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RUNS = 7;

const median = (values: number[]) => values.toSorted((a, b) => a - b)[values.length >> 1];
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

async function compareView(): Promise<BenchTable> {
  const records = await readParagraphRecords(ROOT);
  const counts = Map.groupBy(records, (record) => record.document);
  const [a, b] = [...counts.keys()].sort((x, y) => counts.get(y)!.length - counts.get(x)!.length).slice(0, 2);
  const server = await startStaticServer({ '/': DIST });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const times: number[] = [];
  const afterData: number[] = [];
  let fetched: Transfer[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      // The compare worker fetches the data and ends with the comparison: its bodies are read as they come.
      const recording = recordTransfers(context, server.origin, { bodiesAsReceived: true });
      const page = await context.newPage();
      await page.goto(`${server.origin}${compareUrl(a, b)}`);
      await page.locator('[data-compared]').waitFor();
      // On screen: the frame after the rows were inserted, timed from navigation start (and the page's time origin, epoch ms).
      const [onScreen, timeOrigin] = await page.evaluate(() => new Promise<number[]>((resolve) => requestAnimationFrame(() => resolve([performance.now(), performance.timeOrigin]))));
      fetched = await recording.settle();
      times.push(onScreen);
      // From the arrival of the last data file, which the worker fetched (so the page's own resource timings do not list it).
      afterData.push(onScreen - (Math.max(...fetched.filter(({ path: file }) => file.startsWith('/data/')).map(({ receivedAt }) => receivedAt)) - timeOrigin));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const bytes = (test: (file: string) => boolean) => fetched.filter(({ path: file }) => test(file)).reduce((sum, { body }) => sum + gzipSync(body).length, 0);
  return {
    title: 'Compare view: the two largest documents',
    headers: ['comparison', 'paragraphs', `on screen ms (median of ${RUNS}, cold)`, 'of which after the data arrived', 'JS KB gzip', 'of which the compare worker (diff)', 'data KB gzip'],
    rows: [
      [
        `${a} ↔ ${b}`,
        `${counts.get(a)!.length} + ${counts.get(b)!.length}`,
        median(times).toFixed(0),
        median(afterData).toFixed(0),
        kb(bytes((file) => file.endsWith('.js'))),
        kb(bytes((file) => /\/compare-worker-[\w-]+\.js$/.test(file))),
        kb(bytes((file) => file.startsWith('/data/'))),
      ],
    ],
  };
}

type Corpus = { documents: { slug: string; title: string; date: string }[]; paragraphs: CorpusParagraph[] };

async function projectCorpus(root: string): Promise<Corpus> {
  const documents = [...(await readDocuments(root)).values()].map(({ slug, title, date }) => ({ slug, title, date: isoDate(date) }));
  const paragraphs = (await readParagraphRecords(root)).sort((x, y) => (x.document < y.document ? -1 : x.document > y.document ? 1 : x.n - y.n));
  return { documents, paragraphs };
}

/**
 * 81,000 distinct paragraphs in 1,000 documents: each a real paragraph with
 * 15 % of its characters replaced at random, so every real paragraph heads a
 * family of ~270 near-duplicates (similarity ≈ 0.35). The synthetic corpus
 * repeats texts exactly, which grouping absorbs; this is the opposite case.
 */
function reworded(texts: string[]): Corpus {
  const random = xoroshiro128plus(81);
  const paragraphs = Array.from({ length: 81000 }, (_, i) => ({
    document: `reworded-${String(Math.floor(i / 81)).padStart(4, '0')}`,
    n: (i % 81) + 1,
    text: [...texts[i % texts.length]].map((character) => (uniformInt(random, 0, 99) < 15 ? String.fromCodePoint(0x4e00 + uniformInt(random, 0, 20000)) : character)).join(''),
  }));
  const documents = [...new Set(paragraphs.map(({ document }) => document))].map((slug) => ({ slug, title: slug, date: '2025-01-01' }));
  return { documents, paragraphs };
}

function related(label: string, { documents, paragraphs }: Corpus, runs = 3): (string | number)[] {
  const times: number[] = [];
  let files: ReturnType<typeof relatedFiles> = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    files = relatedFiles(documents, paragraphs);
    times.push(performance.now() - started);
  }
  const sizes = files.map((file) => Buffer.byteLength(JSON.stringify(file)));
  const gzipped = files.map((file) => gzipSync(JSON.stringify(file)).length);
  const listed = files.reduce((sum, file) => sum + Object.values(file.paragraphs).reduce((count, list) => count + list.length, 0), 0);
  return [
    label,
    paragraphs.length,
    new Set(paragraphs.map(({ text }) => text)).size,
    median(times).toFixed(0),
    listed,
    kb(sizes.reduce((x, y) => x + y, 0)),
    kb(Math.max(...sizes)),
    kb(Math.max(...gzipped)),
  ];
}

async function relatedBench(): Promise<BenchTable> {
  const corpus = await projectCorpus(ROOT);
  const rows = [related('corpus (5 documents)', corpus)];
  const project = await copyProject();
  try {
    await writeSyntheticCorpus(path.join(project.root, 'seeds'), 1000);
    if ((await writeCorpus(project.root)) !== 0) throw new Error('normalize failed');
    rows.push(related('corpus + 1,000 synthetic documents', await projectCorpus(project.root)));
  } finally {
    await project.remove();
  }
  rows.push(related('1,000 documents of reworded paragraphs', reworded(corpus.paragraphs.map(({ text }) => text)), 1));
  return {
    title: 'Related paragraphs: build-time computation',
    headers: ['input', 'paragraphs', 'distinct texts', 'ms (median of 3; 1 run for the last)', 'entries listed', 'files KB total', 'largest file KB', 'largest file KB gzip'],
    rows,
    notes: ['Timed: relatedFiles() on the paragraph records (the work of /data/related/[slug].json.ts getStaticPaths); not the Astro build around it.'],
  };
}

export default async function compareBench(): Promise<BenchTable[]> {
  if (!existsSync(path.join(DIST, 'compare/index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
  return [await compareView(), await relatedBench()];
}
