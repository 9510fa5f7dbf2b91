import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../src/markdown/processor.ts';

// Builds a one-page Markdown site with the project's Markdown processor, and once
// with the same processor minus remark-cjk-friendly, to prove that the
// plugin really runs on the documents' Markdown (CommonMark alone does not close
// emphasis after a full-width quote).
const SAMPLE = '这是**“强调”**之后';
const scratch = path.join(import.meta.dirname, '../../node_modules/.cache/markdown-processor-test');
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function renderWith(processor: typeof markdownProcessor): Promise<string> {
  await mkdir(scratch, { recursive: true });
  const root = await mkdtemp(path.join(scratch, 'site-'));
  await mkdir(path.join(root, 'src/pages'), { recursive: true });
  await writeFile(path.join(root, 'src/pages/index.md'), `${SAMPLE}\n`);
  await build({ root, configFile: false, logLevel: 'error', markdown: { processor } });
  return readFile(path.join(root, 'dist/index.html'), 'utf8');
}

describe('the Markdown processor', () => {
  it('runs remark-cjk-friendly on Markdown', async () => {
    expect(await renderWith(markdownProcessor)).toContain('<p>这是<strong>“强调”</strong>之后</p>');
  });

  it('would leave the sample literal without the plugin (the check above can fail)', async () => {
    const html = await renderWith(unified({ smartypants: false, gfm: false }));
    expect(html).toContain('<p>这是**“强调”**之后</p>');
  });
});
