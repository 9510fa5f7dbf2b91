import path from 'node:path';
import { buildSite } from '../scripts/lib/build-site.ts';
import { writeCorpus } from '../scripts/lib/write-corpus.ts';
import { writeBigSeed } from '../tests/helpers/big-seed.ts';
import { copyProject } from '../tests/helpers/project.ts';
import type { BenchTable } from './run.ts';

/** How long the corpus, and the corpus plus one 5 MB document, take to normalize and build. */
export default async function bench(): Promise<BenchTable> {
  const rows: (string | number)[][] = [];
  for (const megabytes of [0, 5]) {
    const project = await copyProject();
    try {
      const paragraphs = megabytes ? await writeBigSeed(path.join(project.root, 'seeds'), megabytes, 'big') : 0;
      let started = performance.now();
      await writeCorpus(project.root);
      const normalize = performance.now() - started;
      started = performance.now();
      if ((await buildSite(project.root)) !== 0) throw new Error('build failed');
      const build = performance.now() - started;
      rows.push([megabytes ? `corpus + ${megabytes} MB document (${paragraphs} ¶)` : 'corpus (5 documents)', (normalize / 1000).toFixed(1), (build / 1000).toFixed(1)]);
    } finally {
      await project.remove();
    }
  }
  return { title: 'Build time', headers: ['input', 'normalize s', 'full build s (normalize + Astro + index)'], rows };
}
