// Transfer budget of the document pages: each must cost at most the gzip
// size of its own text plus 8 KB. The document's own text is what its source
// says and the page shows: title, subtitle, the parts outside the body that
// the source note reproduces (a UN document's header, a letter of
// transmittal), section headings, paragraphs, signatories and closing line. Chromium loads every page of dist/ from a loopback
// server, so the requests counted are the ones a browser really makes; each
// response is weighed gzipped with node:zlib.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { readDocuments, type DocumentData } from '../src/content/document-schema.ts';
import { readParagraphRecords, type ParagraphRecord } from '../src/content/paragraph-record.ts';
import { documentPath, FAVICON_PATH } from '../src/lib/urls.ts';
import { chromiumLaunchOptions } from '../playwright.config.ts';
import { startStaticServer } from './lib/serve.ts';
import { recordTransfers } from './lib/transfers.ts';
import type { BenchTable } from './run.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ALLOWANCE = 8 * 1024;

const gzipBytes = (data: Buffer | string) => gzipSync(data).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Everything the document itself says, in reading order, as plain text. */
function ownText(document: DocumentData, paragraphs: ParagraphRecord[]): string {
  const headings = new Map(document.headings.map((heading) => [heading.before, heading.text]));
  return [
    document.title,
    document.subtitle,
    ...document.provenance.flatMap((part) => part.paragraphs),
    ...paragraphs.flatMap(({ n, text }) => [headings.get(n), text]),
    ...document.signatories.flatMap(({ title, name, mark }) => [title, name, mark]),
    document.closingDate?.text,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}

export default async function pages(): Promise<BenchTable> {
  const documents = await readDocuments(ROOT);
  const records = Map.groupBy(await readParagraphRecords(ROOT), (record) => record.document);
  const server = await startStaticServer({ '/': path.join(ROOT, 'dist') });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows: (string | number)[][] = [];
  const offsite: string[] = [];
  try {
    for (const [slug, document] of documents) {
      const context = await browser.newContext();
      const recording = recordTransfers(context, server.origin);
      const page = await context.newPage();
      await page.goto(`${server.origin}${documentPath(slug)}`, { waitUntil: 'networkidle' });
      // Inline and classic external scripts block parsing; module, defer and async ones do not.
      const blocking = await page.locator('script:not([type="module"]):not([defer]):not([async])').count();
      const transfers = await recording.settle();
      offsite.push(...recording.offsite);
      await context.close();
      // Each response weighed gzipped, as a static host would serve it.
      const weights = { html: 0, css: 0, js: 0, other: 0 };
      // The site's icon is one file for every page, cached by the browser: not the page's weight.
      const icon = transfers.filter(({ path: served }) => served === FAVICON_PATH);
      const pageTransfers = transfers.filter((transfer) => !icon.includes(transfer));
      for (const { path: served, body } of pageTransfers) {
        const extension = served.endsWith('/') ? '.html' : path.extname(served);
        const kind = extension === '.html' ? 'html' : extension === '.css' ? 'css' : extension === '.js' ? 'js' : 'other';
        weights[kind] += gzipBytes(body);
      }
      const requests = pageTransfers.length;

      const paragraphs = records.get(slug) ?? [];
      const text = gzipBytes(ownText(document, paragraphs));
      const total = weights.html + weights.css + weights.js + weights.other;
      const budget = text + ALLOWANCE;
      rows.push([
        slug,
        paragraphs.length,
        kb(text),
        kb(weights.html),
        kb(weights.css),
        kb(weights.js),
        kb(weights.other),
        kb(total),
        icon.length ? kb(icon.reduce((sum, { body }) => sum + gzipBytes(body), 0)) : '–',
        kb(total - text),
        kb(budget),
        requests,
        blocking,
        total <= budget && blocking === 0 ? 'yes' : 'NO',
      ]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    title: 'Document pages: transfer against budget (KB gzip)',
    headers: ['document', '¶', 'own text', 'HTML', 'CSS', 'JS', 'other', 'total', 'icon (apart)', 'overhead', 'budget', 'requests', 'blocking scripts', 'within budget'],
    rows,
    notes: [
      'own text = gzip(title, subtitle, provenance parts shown in the source note, headings, paragraphs, signatories, closing line); overhead = total − own text; budget = own text + 8 KB; "within budget" also requires no render-blocking script. The icon (public/favicon.ico) is fetched once for the site and cached, so it is shown apart, as the budget’s issue asks.',
      'Reference: the 2024 declaration as a Starlight page transfers 59 KB gzip in 10 requests, 30.6 KB of it JavaScript.',
      offsite.length ? `Requests to other origins (aborted): ${[...new Set(offsite)].join(', ')}` : 'No request left the origin.',
    ],
  };
}
