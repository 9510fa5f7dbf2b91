import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite } from '../scripts/lib/build-site.ts';
import { copyProject } from '../tests/helpers/project.ts';
import { writeSyntheticCorpus } from '../tests/helpers/synthetic-corpus.ts';
import type { BenchTable } from './run.ts';

// The open data at scale: the sizes of the files the data endpoints publish
// (per document and for the corpus), and the time their routes take in the
// build, read from Astro's own per-route times: on a shared machine, the
// difference between two whole builds is mostly other load (Pagefind alone
// moves by minutes), while each route's time is its own.
const SIZES = [250, 1000];

const kinds: [string, RegExp][] = [
  ['{slug}.json', /^[^/]+(?<!\.csl)\.json$/],
  ['{slug}.csv', /^(?!paragraphs)[^/]+\.csv$/],
  ['{slug}.txt', /^[^/]+\.txt$/],
  ['{slug}.bib', /\.bib$/],
  ['{slug}.ris', /\.ris$/],
  ['{slug}.csl.json', /\.csl\.json$/],
];
const corpusFiles = ['index.json', 'paragraphs.csv', 'paragraphs.jsonl', 'instrument-mentions.csv', 'instrument-mentions.jsonl'];

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

/** Astro's "├─ /path (+12ms)" lines, summed by kind of route. */
function routeTimes(log: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const [, route, amount, unit] of log.replace(/\x1b\[[\d;]*m/g, '').matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    const kind = /^\/(?:instruments\/|data\/instrument-mentions\.)/.test(route)
      ? 'instruments (pages, mention files)'
      : /^\/data\/.+\.(?:json|csv|txt|bib|ris)$/.test(route) && !/^\/data\/(?:index|paragraphs|schema\/)/.test(route) ? 'per-document data files' : /^\/(data|feed|robots)/.test(route) ? 'corpus files, schemas, feed, robots' : 'HTML pages';
    times.set(kind, (times.get(kind) ?? 0) + Number(amount) * (unit === 's' ? 1000 : 1));
  }
  return times;
}

async function build(documents: number): Promise<{ seconds: number; routes: Map<string, number>; rows: (string | number)[][] }> {
  const project = await copyProject();
  let log = '';
  const write = process.stdout.write;
  try {
    await writeSyntheticCorpus(path.join(project.root, 'seeds'), documents);
    process.env.ASTRO_LOG_LEVEL = 'info';
    process.stdout.write = ((chunk: string | Uint8Array) => ((log += String(chunk)), true)) as typeof process.stdout.write;
    const started = performance.now();
    const status = await buildSite(project.root);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write = write;
    if (status !== 0) throw new Error('build failed');
    return { seconds, routes: routeTimes(log), rows: await sizes(path.join(project.root, 'dist')) };
  } finally {
    process.stdout.write = write;
    delete process.env.ASTRO_LOG_LEVEL;
    await project.remove();
  }
}

export default async function bench(): Promise<BenchTable[]> {
  const headers = ['file', 'files', 'mean KB', 'max KB', 'total MB', 'gzip MB'];
  const corpus = await sizes(path.join(import.meta.dirname, '../dist')).catch(() => undefined);
  const builds = [];
  for (const documents of SIZES) builds.push({ documents, ...(await build(documents)) });
  const largest = builds.at(-1)!;
  const kindsOfRoute = [...largest.routes.keys()];
  return [
    ...(corpus ? [{ title: 'Data files of the real corpus (dist/)', headers, rows: corpus }] : []),
    { title: `Data files at ${largest.documents} synthetic documents (+ the 5 real ones)`, headers, rows: largest.rows },
    {
      title: 'Route generation time by kind (Astro’s per-route times, s) and whole build',
      headers: ['documents', ...kindsOfRoute, 'whole build s'],
      rows: builds.map(({ documents, routes, seconds }) => [documents, ...kindsOfRoute.map((kind) => ((routes.get(kind) ?? 0) / 1000).toFixed(1)), seconds.toFixed(1)]),
      notes: ['The whole build includes normalizing and the Pagefind index, which vary most with the load of a shared machine.'],
    },
  ];
}
