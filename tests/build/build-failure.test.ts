import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { copyProject } from '../helpers/project.ts';

/** Builds the copy at `root`, which must fail: the lines it printed with console.error (Astro's own output muted). */
async function failedBuildErrors(root: string): Promise<string[]> {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(await buildSite(root)).toBe(1);
    return errors.mock.calls.map(([line]) => String(line));
  } finally {
    errors.mockRestore();
    stderr.mockRestore();
  }
}

// Astro builds in a child process (scripts/astro-build.ts): a page that fails
// there must still stop `npm run build` with one line and keep dist/.
describe('a page that fails to build', () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  const marker = () => path.join(project.root, 'dist/index.html');
  beforeAll(async () => {
    project = await copyProject();
    await mkdir(path.dirname(marker()), { recursive: true });
    await writeFile(marker(), 'the previous build');
    await writeFile(path.join(project.root, 'src/pages/broken.astro'), "---\nthrow new Error('this page cannot be built');\n---\n");
  });
  afterAll(() => project.remove());

  it('stops the build with a line naming the error, and keeps dist/ as it was', async () => {
    expect(await failedBuildErrors(project.root)).toEqual([expect.stringMatching(/^✖ build failed: .*this page cannot be built/)]);
    expect(await readFile(marker(), 'utf8')).toBe('the previous build');
    expect(existsSync(path.join(project.root, 'dist.next'))).toBe(false);
  }, 180_000);
});

// A prose page cannot misquote: <Quote> of a paragraph that does not exist stops the build.
describe('a prose page that quotes a paragraph that does not exist', () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  beforeAll(async () => {
    project = await copyProject();
    await writeFile(
      path.join(project.root, 'src/pages/misquote.mdx'),
      "---\nlayout: ../layouts/Prose.astro\ntitle: 误引\ndescription: 误引\n---\nimport Quote from '../components/prose/Quote.astro';\n\n<Quote doc=\"2024-astana-declaration\" p={121} />\n",
    );
  });
  afterAll(() => project.remove());

  it('stops the build with a line naming the quote and how many paragraphs the document has', async () => {
    expect(await failedBuildErrors(project.root)).toEqual([
      expect.stringMatching(/^✖ build failed: .*<Quote doc="2024-astana-declaration" p=\{121\} \/>: 上海合作组织成员国元首理事会阿斯塔纳宣言 has 120 paragraphs/),
    ]);
  }, 180_000);
});
