// `npx tsx bench/run.ts search`: the search page against its budget, in
// headless Chromium over the built site (run `npm run build` first):
//   - opening /search/?q=… in a fresh browser context until the results are on screen (≤ 400 ms),
//   - typing a new query once the engine is initialised, until its results are on screen (≤ 50 ms),
//   - index and fragment bytes fetched for a first query (≤ 60 KB; engine JS and WASM apart),
// each the median over the oracle's query list; recall and precision against
// the oracle, also for Pagefind's default Chinese handling; the index's size
// and the build time it adds.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readParagraphRecords } from '../src/content/paragraph-record.ts';
import { writeSearchIndex } from '../scripts/lib/search-index.ts';
import { withPagefindIndex } from '../scripts/lib/pagefind-service.ts';
import { paragraphPath } from '../src/lib/urls.ts';
import { ORACLE_QUERIES, expectedHits } from '../tests/search/oracle.ts';
import { RESULTS_ON_SCREEN, type OnScreen } from './lib/results-on-screen.ts';
import { startStaticServer, type StaticServer } from './lib/serve.ts';
import { recordTransfers } from './lib/transfers.ts';
import type { BenchTable } from './run.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const QUERIES = ORACLE_QUERIES.map(({ query }) => query);
/** Pagefind's own code, downloaded once per visitor whatever the query: reported apart from index bytes. */
const ENGINE_FILE = /^\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;
/** The index proper: entry, metadata, word chunks, fragments, filters, and the texts of the hits shown. */
const INDEX_FILE = /^(\/pagefind\/(pagefind-entry\.json|[^/]+\.pf_meta|(index|fragment|filter)\/.+)|\/search\/text\/.+)$/;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => value.toFixed(0);
const verdict = (value: number, budget: number) => (value <= budget ? 'within' : 'OVER');

async function coldQueries(browser: Browser, server: StaticServer) {
  const runs: { ms: number; engineFiles: string[]; indexBytes: number; engineBytes: number; scriptBytes: number }[] = [];
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const recording = recordTransfers(context, server.origin);
    const page = await context.newPage();
    await page.addInitScript(`window.__onScreen = (${RESULTS_ON_SCREEN})(${JSON.stringify(query)});`);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    const { at: onScreen } = await page.evaluate(() => (window as unknown as { __onScreen: Promise<OnScreen> }).__onScreen);
    const transfers = await recording.settle();
    const bytes = (test: (file: string) => boolean) => transfers.filter(({ path: file }) => test(file)).reduce((sum, { bytes }) => sum + bytes, 0);
    runs.push({
      ms: onScreen,
      engineFiles: transfers.map(({ path: file }) => file).filter((file) => ENGINE_FILE.test(file)),
      indexBytes: bytes((file) => INDEX_FILE.test(file)),
      engineBytes: bytes((file) => ENGINE_FILE.test(file)),
      scriptBytes: bytes((file) => file.startsWith('/_astro/') && file.endsWith('.js')),
    });
    await context.close();
  }
  return runs;
}

/** Types each query into a page whose engine is initialised; returns the times and the hits listed. */
async function typedQueries(page: Page, server: StaticServer) {
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(QUERIES[0])}`);
  await page.evaluate((query) => (window as unknown as { resultsOnScreen: (query: string) => Promise<OnScreen> }).resultsOnScreen(query), QUERIES[0]);
  const times: number[] = [];
  const hits = new Map<string, string[]>();
  for (const query of QUERIES.slice(1).concat(QUERIES[0])) {
    times.push(
      await page.evaluate(async (query) => {
        const input = document.querySelector<HTMLInputElement>('form[data-search-box] input[name="q"]')!;
        const started = performance.now();
        const onScreen = (window as unknown as { resultsOnScreen: (query: string) => Promise<{ at: number }> }).resultsOnScreen(query);
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return (await onScreen).at - started;
      }, query),
    );
    hits.set(
      query,
      await page.evaluate(async () => {
        // Every page of hits, "more" pressed until it is gone.
        const more = document.getElementById('search-more') as HTMLButtonElement;
        const region = document.getElementById('search-results')!;
        while (!more.hidden) {
          more.click();
          while (region.getAttribute('aria-busy') !== 'false') await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.hit-link')].map((link) => `${link.pathname}${link.hash}`);
      }),
    );
  }
  return { times, hits };
}

/** Pagefind's default Chinese handling: the raw paragraph text indexed (jieba) and the query as typed (Intl.Segmenter). */
async function buildBaselineIndex(folder: string): Promise<void> {
  const paragraphs = await readParagraphRecords(ROOT);
  await withPagefindIndex({}, async (index) => {
    for (const paragraph of paragraphs) {
      await index.addCustomRecord({ url: paragraphPath(paragraph.document, paragraph.n), content: paragraph.text, language: 'zh-cn' });
    }
    await index.writeFiles(folder);
  });
}

async function baselineHits(page: Page, server: StaticServer) {
  await page.goto(`${server.origin}/search/`);
  return new Map<string, string[]>(
    await page.evaluate(async (queries) => {
      const bundle = '/baseline-pagefind/pagefind.js';
      const baseline = await import(bundle);
      await baseline.options({ basePath: '/baseline-pagefind/' });
      const found: [string, string[]][] = [];
      for (const query of queries) {
        const { results } = await baseline.search(query);
        found.push([query, await Promise.all(results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url))]);
      }
      return found;
    }, QUERIES),
  );
}

/** The table row of one approach, and the queries it does not answer exactly. */
function score(name: string, found: Map<string, string[]>): { row: (string | number)[]; inexact: string[] } {
  const inexact: string[] = [];
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let exact = 0;
  for (const query of QUERIES) {
    const expected = new Set(expectedHits(query));
    const listed = new Set(found.get(query) ?? []);
    const right = [...listed].filter((hit) => expected.has(hit)).length;
    truePositives += right;
    falsePositives += listed.size - right;
    falseNegatives += expected.size - right;
    if (right === expected.size && listed.size === expected.size) exact += 1;
    else inexact.push(`${query.trim()} (${expected.size - right} missed, ${listed.size - right} false)`);
  }
  const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
  return {
    row: [
      name,
      percent(truePositives / (truePositives + falseNegatives)),
      percent(truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives)),
      `${exact} / ${QUERIES.length}`,
      falseNegatives,
      falsePositives,
    ],
    inexact,
  };
}

async function folderBytes(folder: string, test: (file: string) => boolean = () => true): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && test(path.relative(folder, file))) total += (await stat(file)).size;
  }
  return total;
}

export default async function searchBench(): Promise<BenchTable[]> {
  if (!existsSync(path.join(DIST, 'search/index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
  const scratch = await mkdtemp(path.join(tmpdir(), 'sco-search-bench-'));
  const buildTimes: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    await writeSearchIndex(ROOT, path.join(scratch, `index-${run}`));
    buildTimes.push(performance.now() - started);
  }
  await buildBaselineIndex(path.join(scratch, 'baseline'));

  const server = await startStaticServer({ '/': DIST, '/baseline-pagefind/': path.join(scratch, 'baseline') });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const cold = await coldQueries(browser, server);
    const context = await browser.newContext();
    await context.addInitScript(`window.resultsOnScreen = ${RESULTS_ON_SCREEN};`);
    const typed = await typedQueries(await context.newPage(), server);
    const baseline = await baselineHits(await context.newPage(), server);
    await context.close();

    const pagefindDir = path.join(DIST, 'pagefind');
    const indexOnDisk = (await folderBytes(pagefindDir, (file) => INDEX_FILE.test(`/pagefind/${file}`))) + (await folderBytes(path.join(DIST, 'search/text')));
    const engineOnDisk = await folderBytes(pagefindDir, (file) => ENGINE_FILE.test(`/pagefind/${file}`));
    const otherOnDisk = (await folderBytes(pagefindDir)) - indexOnDisk - engineOnDisk;
    const engineFetched = new Set(cold.flatMap((run) => run.engineFiles));
    const coldMs = median(cold.map((run) => run.ms));
    const typedMs = median(typed.times);
    const indexBytes = median(cold.map((run) => run.indexBytes));
    const ours = score('character bigrams per document, paragraphs from positions (this site)', typed.hits);
    const pagefindDefault = score('Pagefind default (jieba at index time, Intl.Segmenter at query time)', baseline);
    const notes = [`Medians over ${QUERIES.length} queries (tests/search/oracle.ts); headless Chromium, ${CHROMIUM_ARGS.join(' ')}.`];
    return [
      {
        title: 'Search: speed and bytes against the budget',
        headers: ['measure', 'median', 'max', 'budget', ''],
        rows: [
          ['open /search/?q=… (fresh context) → results on screen, ms', ms(coldMs), ms(Math.max(...cold.map((run) => run.ms))), '≤ 400', verdict(coldMs, 400)],
          ['type a new query (engine initialised) → results on screen, ms', ms(typedMs), ms(Math.max(...typed.times)), '≤ 50', verdict(typedMs, 50)],
          ['index + fragment bytes for a first query, KB', kb(indexBytes), kb(Math.max(...cold.map((run) => run.indexBytes))), '≤ 60', verdict(indexBytes / 1000, 60)],
          [`Pagefind engine fetched (${[...engineFetched].map((file) => path.basename(file)).sort().join(', ')}), KB`, kb(median(cold.map((run) => run.engineBytes))), '', 'not counted', ''],
          ['search page scripts fetched (/_astro), KB', kb(median(cold.map((run) => run.scriptBytes))), kb(Math.max(...cold.map((run) => run.scriptBytes))), 'not counted', ''],
        ],
        notes: [...notes, 'Reference: Starlight with default Pagefind, 363 ms and 83.5 KB for a cold first query, returning pages.'],
      },
      {
        title: 'Search: recall and precision against the oracle (paragraph hits)',
        headers: ['approach', 'recall', 'precision', 'exact queries', 'missed', 'false hits'],
        rows: [ours.row, pagefindDefault.row],
        notes: [
          'Micro-averaged over all (query, paragraph) pairs; both indexes hold the same paragraph records.',
          ...[ours, pagefindDefault].filter(({ inexact }) => inexact.length > 0).map(({ row, inexact }) => `Not exact with ${row[0]}: ${inexact.join('; ')}.`),
        ],
      },
      {
        title: 'Search: index',
        headers: ['measure', 'value'],
        rows: [
          ['index on disk (meta, word chunks, fragments, filters, hit texts), KB', kb(indexOnDisk)],
          ['Pagefind engine on disk (pagefind.js, worker, WASM), KB', kb(engineOnDisk)],
          ['other files Pagefind writes, unused here (its UIs, highlight script), KB', kb(otherOnDisk)],
          ['build time added (median of 3 runs of the Pagefind step), ms', ms(median(buildTimes))],
        ],
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
