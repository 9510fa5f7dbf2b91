// Transfer budget of the document pages: each must cost at most the gzip
// size of its own text plus 15 KB. Chromium loads every page from dist/
// (served by request interception, no server), so the requests counted are
// the ones a browser really makes; each response is weighed as its dist/
// file gzipped with node:zlib, as a static host would serve it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../playwright.config.ts';
import type { BenchTable } from './run.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = path.join(ROOT, 'dist');
const ORIGIN = 'http://bench.localhost';
const ALLOWANCE = 15 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

interface Record_ {
  document: string;
  n: number;
  text: string;
}

const gzipBytes = (data: Buffer | string) => gzipSync(data).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function distFile(pathname: string): string {
  return path.join(DIST, decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
}

export default async function pages(): Promise<BenchTable> {
  const records: Record_[] = JSON.parse(await readFile(path.join(ROOT, 'src/content/generated/paragraphs.json'), 'utf8'));
  const slugs = [...new Set(records.map((record) => record.document))];
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows: (string | number)[][] = [];
  const offsite: string[] = [];
  try {
    for (const slug of slugs) {
      const context = await browser.newContext();
      const weights = { html: 0, css: 0, js: 0, other: 0 };
      let requests = 0;
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== ORIGIN) {
          offsite.push(url.href);
          return route.abort();
        }
        const file = distFile(url.pathname);
        const body = await readFile(file).catch(() => undefined);
        requests += 1;
        if (!body) return route.fulfill({ status: 404, body: '' });
        const extension = path.extname(file);
        const kind = extension === '.html' ? 'html' : extension === '.css' ? 'css' : extension === '.js' ? 'js' : 'other';
        weights[kind] += gzipBytes(body);
        return route.fulfill({ body, contentType: TYPES[extension] ?? 'application/octet-stream' });
      });
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/${slug}/`, { waitUntil: 'networkidle' });
      // Inline and classic external scripts block parsing; module, defer and async ones do not.
      const blocking = await page.locator('script:not([type="module"]):not([defer]):not([async])').count();
      await context.close();

      const texts = records.filter((record) => record.document === slug).map((record) => record.text);
      const text = gzipBytes(texts.join('\n'));
      const total = weights.html + weights.css + weights.js + weights.other;
      const budget = text + ALLOWANCE;
      rows.push([
        slug,
        texts.length,
        kb(text),
        kb(weights.html),
        kb(weights.css),
        kb(weights.js),
        kb(weights.other),
        kb(total),
        kb(budget),
        requests,
        blocking,
        total <= budget && blocking === 0 ? 'yes' : 'NO',
      ]);
    }
  } finally {
    await browser.close();
  }
  return {
    title: 'Document pages: transfer against budget (KB gzip)',
    headers: ['document', '¶', 'text', 'HTML', 'CSS', 'JS', 'other', 'total', 'budget', 'requests', 'blocking scripts', 'within budget'],
    rows,
    notes: [
      'budget = gzip(text of the paragraphs) + 15 KB; "within budget" also requires no render-blocking script.',
      'Reference: the 2024 declaration as a Starlight page transfers 59 KB gzip in 10 requests, 30.6 KB of it JavaScript.',
      offsite.length ? `Requests to other origins (aborted): ${[...new Set(offsite)].join(', ')}` : 'No request left the origin.',
    ],
  };
}
