// The source views at 1,000 documents: what one page per document adds to
// the build and to dist/, with the same build made without them for
// comparison; and what build-time traditional pages would have cost there
// (the 繁體 switch converts in the browser instead; see script-switch.ts).
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { buildSite } from '../scripts/lib/build-site.ts';
import { readParagraphRecords } from '../src/content/paragraph-record.ts';
import { copyProject } from '../tests/helpers/project.ts';
import { writeSyntheticCorpus } from '../tests/helpers/synthetic-corpus.ts';
import type { BenchTable } from './run.ts';

const DOCUMENTS = 1000;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function sizeOf(paths: string[]): Promise<number> {
  let total = 0;
  for (const file of paths) total += (await stat(file)).size;
  return total;
}

export default async function bench(): Promise<BenchTable[]> {
  const builds: (string | number)[][] = [];
  const traditional: (string | number)[][] = [];
  for (const withSource of [true, false]) {
    const project = await copyProject();
    try {
      await writeSyntheticCorpus(path.join(project.root, 'seeds'), DOCUMENTS);
      if (!withSource) {
        for (const route of ['source', 'source.astro']) await rm(path.join(project.root, 'src/pages/[slug]', route), { recursive: true });
      }
      const started = performance.now();
      if ((await buildSite(project.root)) !== 0) throw new Error('build failed');
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      const dist = path.join(project.root, 'dist');
      const all = await files(dist);
      const sourcePages = all.filter((file) => file.endsWith(`${path.sep}source${path.sep}index.html`));
      const notes = all.filter((file) => file.endsWith(`${path.sep}source${path.sep}notes.json`));
      const readingPages = all.filter((file) => /^[^/]+\/index\.html$/.test(path.relative(dist, file)) && !file.startsWith(path.join(dist, 'search')));
      const largest = Math.max(0, ...(await Promise.all(sourcePages.map((file) => stat(file).then(({ size }) => size)))));
      builds.push([
        withSource ? 'with source views' : 'without (source pages removed)',
        seconds,
        all.length,
        mb(await sizeOf(all)),
        sourcePages.length,
        mb(await sizeOf(sourcePages)),
        (largest / 1024).toFixed(0),
        mb(await sizeOf(notes)),
        mb(await sizeOf(readingPages)),
      ]);
      if (withSource) {
        // Build-time 繁體 pages: convert every reading page with OpenCC cn→tw, as a build step would.
        const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
        const records = await readParagraphRecords(project.root);
        let at = performance.now();
        for (const record of records) convert(record.text);
        const paragraphsSeconds = (performance.now() - at) / 1000;
        at = performance.now();
        let twinBytes = 0;
        let twinGzip = 0;
        for (const file of readingPages) {
          const converted = convert(await readFile(file, 'utf8'));
          twinBytes += Buffer.byteLength(converted);
          twinGzip += gzipSync(converted).length;
        }
        const pagesSeconds = (performance.now() - at) / 1000;
        traditional.push([readingPages.length, records.length, paragraphsSeconds.toFixed(1), pagesSeconds.toFixed(1), mb(twinBytes), mb(twinGzip)]);
      }
    } finally {
      await project.remove();
    }
  }
  return [
    {
      title: `Source views at ${DOCUMENTS} synthetic documents (+ the 5 real ones)`,
      headers: ['build', 'build s', 'files in dist', 'dist MB', 'source pages', 'source pages MB', 'largest source page KB', 'notes.json MB', 'reading pages MB'],
      rows: builds,
      notes: ['Source pages are separate files: the reading pages carry nothing of them (their size is the same in both builds).'],
    },
    {
      title: `Build-time traditional pages, estimated at ${DOCUMENTS} documents (not built: the 繁體 switch converts in the browser)`,
      headers: ['reading pages', 'paragraphs', 'cn→tw of every paragraph s', 'cn→tw of every page s', 'twin pages MB', 'twin pages MB gzip'],
      rows: traditional,
      notes: ['A twin page per document would add these bytes to dist/ plus Astro rendering and index time for as many pages again, and a second URL for every paragraph.'],
    },
  ];
}
