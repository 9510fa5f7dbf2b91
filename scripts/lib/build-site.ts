// `npm run build`: normalize the seeds, build the site into a staging folder,
// and only then swap it in for dist/. A failure at any step exits non-zero
// and leaves the previous dist/ exactly as it was: never a half-built site.
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { writeCorpus } from './write-corpus.ts';

// Astro 7 + MDX print a bundler warning per document ("use astro:head-inject"
// directive) that says nothing about our pages; ASTRO_LOG_LEVEL=warn shows them.
function logLevel(): 'info' | 'warn' | 'error' {
  const level = process.env.ASTRO_LOG_LEVEL;
  return level === 'info' || level === 'warn' ? level : 'error';
}

export async function buildSite(root: string): Promise<number> {
  const started = performance.now();
  if ((await writeCorpus(root)) !== 0) return 1;
  const dist = path.join(root, 'dist');
  const staging = path.join(root, 'dist.next');
  await rm(staging, { recursive: true, force: true });
  try {
    await build({ root, outDir: staging, logLevel: logLevel() });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    console.error(`✖ build failed: ${(error as Error).message.split('\n')[0]}`);
    return 1;
  }
  const retired = path.join(root, 'dist.old');
  await rm(retired, { recursive: true, force: true });
  await rename(dist, retired).catch(() => undefined);
  await rename(staging, dist);
  await rm(retired, { recursive: true, force: true });
  console.log(`built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}
