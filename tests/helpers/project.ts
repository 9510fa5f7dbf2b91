import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';

export const PROJECT_ROOT = path.join(import.meta.dirname, '../..');
// Copies live under node_modules/.cache so that they resolve the project's
// packages, in a folder whose name has a space and Chinese characters: every
// build a test makes runs where a path needs percent-encoding as a URL.
const SCRATCH = path.join(PROJECT_ROOT, 'node_modules/.cache/上合 文献库');
const PARTS = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'seeds', 'public'];

/** A throwaway copy of the project (sources and seeds, no dist/), so tests never touch the real build. */
export async function copyProject(): Promise<{ root: string; remove: () => Promise<void> }> {
  await mkdir(SCRATCH, { recursive: true });
  const root = await mkdtemp(path.join(SCRATCH, 'copy-'));
  for (const part of PARTS) {
    await cp(path.join(PROJECT_ROOT, part), path.join(root, part), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}generated`),
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
