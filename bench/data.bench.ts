import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { buildSite } from '../scripts/lib/build-site.ts';
import { copyProject } from '../tests/helpers/project.ts';
import { writeSyntheticCorpus } from '../tests/helpers/synthetic-corpus.ts';
import type { BenchTable } from './run.ts';

// The open data at scale: what the data endpoints (src/pages/data, the feed,
// robots.txt) add to the build of 1,000 documents, and the sizes of the files
// they publish, per document and for the corpus.
const DOCUMENTS = 1000;
const DATA_ROUTES = ['src/pages/data', 'src/pages/feed.xml.ts', 'src/pages/robots.txt.ts'];

const kinds: [string, RegExp][] = [
  ['{slug}.json', /^[^/]+(?<!\.csl)\.json$/],
  ['{slug}.csv', /^(?!paragraphs)[^/]+\.csv$/],
  ['{slug}.txt', /^[^/]+\.txt$/],
  ['{slug}.bib', /\.bib$/],
  ['{slug}.ris', /\.ris$/],
  ['{slug}.csl.json', /\.csl\.json$/],
];
const corpusFiles = ['index.json', 'paragraphs.csv', 'paragraphs.jsonl'];

async function sizes(dist: string): Promise<(string | number)[][]> {
  const folder = path.join(dist, 'data');
  const files = (await readdir(folder)).filter((file) => !['schema', ...corpusFiles].includes(file));
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const rows: (string | number)[][] = [];
  for (const [label, pattern] of kinds) {
    const matching = files.filter((file) => pattern.test(file));
    const bytes = await Promise.all(matching.map(async (file) => (await stat(path.join(folder, file))).size));
    const total = bytes.reduce((sum, size) => sum + size, 0);
    rows.push([label, matching.length, kb(total / matching.length), kb(Math.max(...bytes)), (total / 1024 / 1024).toFixed(2), '']);
  }
  for (const file of [...corpusFiles, '../feed.xml']) {
    const content = await readFile(path.join(folder, file));
    rows.push([`/data/${file}`.replace('/data/../', '/'), 1, '', '', (content.length / 1024 / 1024).toFixed(2), (gzipSync(content).length / 1024 / 1024).toFixed(2)]);
  }
  return rows;
}

async function timedBuild(withData: boolean): Promise<{ seconds: number; rows: (string | number)[][] }> {
  const project = await copyProject();
  try {
    await writeSyntheticCorpus(path.join(project.root, 'seeds'), DOCUMENTS);
    if (!withData) for (const route of DATA_ROUTES) await rm(path.join(project.root, route), { recursive: true, force: true });
    const started = performance.now();
    if ((await buildSite(project.root)) !== 0) throw new Error('build failed');
    const seconds = (performance.now() - started) / 1000;
    return { seconds, rows: withData ? await sizes(path.join(project.root, 'dist')) : [] };
  } finally {
    await project.remove();
  }
}

export default async function bench(): Promise<BenchTable[]> {
  const corpus = await sizes(path.join(import.meta.dirname, '../dist')).catch(() => undefined);
  const without = await timedBuild(false);
  const withData = await timedBuild(true);
  const headers = ['file', 'files', 'mean KB', 'max KB', 'total MB', 'gzip MB'];
  return [
    ...(corpus ? [{ title: 'Data files of the real corpus (dist/, 5 documents)', headers, rows: corpus }] : []),
    { title: `Data files at ${DOCUMENTS} synthetic documents`, headers, rows: withData.rows },
    {
      title: `Build time at ${DOCUMENTS} documents (normalize + Astro + search index)`,
      headers: ['build', 'seconds'],
      rows: [
        ['without the data endpoints', without.seconds.toFixed(1)],
        ['with the data endpoints', withData.seconds.toFixed(1)],
        ['added by the data endpoints', (withData.seconds - without.seconds).toFixed(1)],
      ],
      notes: ['One run each on a shared 2-core machine: differences under ~10 s are noise.'],
    },
  ];
}
