import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARAGRAPHS_FILE } from '../../src/content/locations.ts';
import { copyProject, PROJECT_ROOT } from '../helpers/project.ts';

// The npm scripts' entry files, run as a user runs them, from a folder whose
// path has a space and Chinese characters (an entry that compared
// import.meta.url with argv once did nothing there, and exited 0).
const run = promisify(execFile);
let project: Awaited<ReturnType<typeof copyProject>>;
beforeAll(async () => {
  project = await copyProject();
});
afterAll(() => project.remove());

describe('entry points in a folder named with a space and Chinese characters', () => {
  it('the copy really is in such a folder', () => {
    expect(project.root).toMatch(/ /);
    expect(project.root).toMatch(/\p{Script=Han}/u);
  });

  it('`npm run build` (scripts/build.ts) normalizes and writes dist/', async () => {
    const { stdout } = await run(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: project.root });
    expect(stdout).toMatch(/normalized 5 documents/);
    expect(existsSync(path.join(project.root, PARAGRAPHS_FILE))).toBe(true);
    expect(existsSync(path.join(project.root, 'dist/2024-astana-declaration/index.html'))).toBe(true);
    expect(existsSync(path.join(project.root, 'dist/pagefind/pagefind-entry.json'))).toBe(true);
  }, 180_000);

  it('`npm run normalize` (scripts/normalize.ts) fails with a non-zero exit on a bad seed', async () => {
    await writeFile(path.join(project.root, 'seeds/999_bad.txt'), '');
    await writeFile(path.join(project.root, 'seeds/999_bad.yaml'), 'slug: bad\n');
    const failure = await run(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['scripts/normalize.ts'], { cwd: project.root }).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/seeds\/999_bad/);
  });
});
