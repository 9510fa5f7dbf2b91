// `npm run build`: normalize the seeds, build the site into a staging folder,
// index it for search, and only then swap it in for dist/. A failure at any
// step exits non-zero and leaves the previous dist/ exactly as it was: never
// a half-built site.
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeSearchIndex } from './search-index.ts';
import { writeCorpus } from './write-corpus.ts';

// Astro's warnings and errors; ASTRO_LOG_LEVEL=info shows every page as it is written.
function logLevel(): 'info' | 'warn' | 'error' {
  const level = process.env.ASTRO_LOG_LEVEL;
  return level === 'info' || level === 'error' ? level : 'warn';
}

/**
 * Astro's build, in a child process (scripts/astro-build.ts): Astro (about
 * 2 GB at 1,000 documents) and then Pagefind hold their peaks one after the
 * other, never together (the whole build peaks at about 2.4 GB).
 * Its output is passed through; resolves with the last error line, if any.
 */
function astroBuild(root: string, outDir: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../astro-build.ts'), outDir, logLevel()], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => process.stdout.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code === 0 ? undefined : (errors.trim().split('\n').find((line) => /error/i.test(line)) ?? `astro build exited with ${code}`)));
  });
}

export async function buildSite(root: string): Promise<number> {
  const started = performance.now();
  if ((await writeCorpus(root)) !== 0) return 1;
  const dist = path.join(root, 'dist');
  const staging = path.join(root, 'dist.next');
  await rm(staging, { recursive: true, force: true });
  try {
    const failure = await astroBuild(root, staging);
    if (failure) throw new Error(failure);
    const indexed = performance.now();
    const count = await writeSearchIndex(root, staging);
    console.log(`indexed ${count} paragraphs for search in ${((performance.now() - indexed) / 1000).toFixed(1)} s`);
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
