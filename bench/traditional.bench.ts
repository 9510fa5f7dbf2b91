// The 繁體 switch in Chromium: what a reader downloads the first time and how
// long conversion takes, first (click, cold cache) and later (a page opened
// with the choice remembered and the dictionaries cached).
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../playwright.config.ts';
import { documentPath } from '../src/lib/urls.ts';
import { startStaticServer } from './lib/serve.ts';
import { recordTransfers } from './lib/transfers.ts';
import type { BenchTable } from './run.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SLUGS = ['2017-astana-foreign-ministers-communique', '2024-astana-declaration'];
const converted = () => document.querySelector('#document-title')?.getAttribute('lang') === 'zh-TW';

export default async function bench(): Promise<BenchTable> {
  const server = await startStaticServer({ '/': path.join(ROOT, 'dist') });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows: (string | number)[][] = [];
  try {
    for (const slug of SLUGS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${documentPath(slug)}`, { waitUntil: 'networkidle' });
      const recording = recordTransfers(context, server.origin);
      const clicked = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: '繁體' }).click();
      await page.waitForFunction(converted);
      const first = (await page.evaluate(() => performance.now())) - clicked;
      // Counted now: the recording goes on through the reload below.
      const fetched = [...(await recording.settle())];
      const gzip = fetched.reduce((sum, { body }) => sum + gzipSync(body).length, 0);
      // Opened again with the choice stored: from navigation start to converted text.
      await page.reload();
      await page.waitForFunction(converted);
      const later = await page.evaluate(() => performance.now());
      const text = await page.evaluate(() => document.querySelector('.document-body')!.textContent!.length);
      rows.push([slug, text, fetched.length, (gzip / 1024).toFixed(0), first.toFixed(0), later.toFixed(0)]);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    title: '繁體 in the browser (OpenCC cn→tw, opencc-js)',
    headers: ['document', 'characters', 'requests on first use', 'KB gzip on first use', 'click → converted ms (cold)', 'navigation → converted ms (remembered, cached)'],
    rows,
    notes: ['Simplified readers download nothing of it. Timings on a shared 2-core machine: indicative only.'],
  };
}
