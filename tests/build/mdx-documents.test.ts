import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS_DIR } from '../../src/content/locations.ts';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { copyProject, PROJECT_ROOT } from '../helpers/project.ts';

// The documents are MDX entries rendered by @astrojs/mdx. The same files
// built as plain Markdown (SCO_DOCUMENT_FORMAT=md, what the site did before)
// must give the same site, byte for byte: MDX changes how Astro bundles the
// documents, never what a reader gets.
const run = promisify(execFile);
let markdownBuild: Awaited<ReturnType<typeof copyProject>>;
let log = '';
beforeAll(async () => {
  markdownBuild = await copyProject();
  const { stdout, stderr } = await run(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
    cwd: markdownBuild.root,
    env: { ...process.env, SCO_DOCUMENT_FORMAT: 'md' },
  });
  log = stdout + stderr;
}, 240_000);
afterAll(() => markdownBuild.remove());

describe('documents as MDX', () => {
  it('the site is built from one .mdx entry per document', async () => {
    const slugs = [...new Set((await readParagraphRecords(PROJECT_ROOT)).map(({ document }) => document))].sort();
    expect(readdirSync(path.join(PROJECT_ROOT, DOCUMENTS_DIR)).sort()).toEqual(slugs.map((slug) => `${slug}.mdx`));
  });

  it('the comparison build really is Markdown', () => {
    expect(readdirSync(path.join(markdownBuild.root, DOCUMENTS_DIR)).every((file) => file.endsWith('.md'))).toBe(true);
    expect(log).toMatch(/built dist\//);
  });

  it('every page is byte-identical to the same documents built as Markdown', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(10);
    const differing = pages.filter((page) => readFileSync(path.join(DIST, page), 'utf8') !== readFileSync(path.join(markdownBuild.root, 'dist', page), 'utf8'));
    expect(differing).toEqual([]);
  });
});
