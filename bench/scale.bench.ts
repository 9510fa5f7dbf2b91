// `npm run bench -- scale [N]` (or SCALE_DOCUMENTS=N): search at the scale
// of the whole SCO corpus. Writes N synthetic documents (default 1,000) made
// of the corpus's own paragraphs into a copy of the project, builds it
// (time, peak memory), then, in one run and one browser, opens each query
// cold in our search page and in bare Pagefind over the same documents (one
// plain HTML page per document, Pagefind's default Chinese handling, called
// as its default UI does: init, search, the first 5 results' data), and
// prints time, data bytes and hits side by side. Each query runs
// SCALE_ROUNDS times (default 5), ours and bare alternated: one cold run of
// each swings by ±20 % on a loaded 2-core machine, so a query's time is the
// median of its rounds and its ratio the median of the paired ratios (with
// 3 rounds, the median ratio of the same build moved by ±0.05 from run to run).
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { readDocuments } from '../src/content/document-schema.ts';
import { readParagraphRecords } from '../src/content/paragraph-record.ts';
import { matchingParagraphs } from '../tests/search/oracle.ts';
import { withPagefindIndex } from '../scripts/lib/pagefind-service.ts';
import { SEARCH_INDEX_PATHS, TRENDS_PATH, trendsUrl } from '../src/lib/urls.ts';
import { copyProject, PROJECT_ROOT } from '../tests/helpers/project.ts';
import { writeSyntheticCorpus } from '../tests/helpers/synthetic-corpus.ts';
import { startStaticServer, type StaticServer } from './lib/serve.ts';
import { RESULTS_ON_SCREEN, type OnScreen } from './lib/results-on-screen.ts';
import { recordTransfers, type Transfer } from './lib/transfers.ts';
import type { BenchTable } from './run.ts';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * A varied query set: common and rare terms, one character, numbers, two
 * terms, punctuation, traditional input, nothing found, and each operator of
 * the query language (OR, NOT, quoted phrase with punctuation, gap).
 */
const QUERIES = [
  '上合组织',
  '反恐',
  '2030',
  '合作',
  '恐怖主义',
  '宪',
  '塔什干',
  '组织成员',
  '阿富汗 和平',
  '《联合国宪章》',
  '维护经济金融稳定',
  '聯合國',
  '撒马尔罕',
  '量子计算',
  '反恐 | 反极端',
  '恐怖主义 -极端主义',
  '"贩毒、武器走私"',
  '"上海精神"',
  '构建*命运共同体',
  '打击*主义',
];

/** Pagefind's own code, downloaded once whatever the query: not counted as data. */
const ENGINE_FILE = /\/pagefind(-char)?\/(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;
/** Data a query fetches: Pagefind's entry, metadata, word chunks, filters, fragments, and our hit texts. */
const DATA_FILE = /(\/pagefind(-char)?\/(pagefind-entry\.json|[^/]+\.pf_meta|(index|fragment|filter)\/.+)|^\/search\/text\/.+)$/;

const ROUNDS = Math.max(1, Number(process.env.SCALE_ROUNDS ?? 5));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const dataBytes = (transfers: Transfer[]) => transfers.filter(({ path: file }) => DATA_FILE.test(file)).reduce((sum, { bytes }) => sum + bytes, 0);
/** The index's share of the data (hit texts apart): what a trends table, which fetches no text, is held to. */
const INDEX_FILE = /\/pagefind(-char)?\//;
const indexBytes = (transfers: Transfer[]) => dataBytes(transfers.filter(({ path: file }) => INDEX_FILE.test(file)));

/** Ten common terms: the trends table at its largest, against the ten searches of its terms. */
const TRENDS_TERMS = ['合作', '发展', '安全', '上合组织', '成员国', '国际', '经济', '地区', '支持', '恐怖主义'];

/**
 * Runs the build of `root` as a child process: its time, and the peak memory
 * (sampled) of its whole process tree and of its largest process (Astro's
 * Node, or Pagefind's service while it indexes).
 */
async function measureBuild(root: string, env: NodeJS.ProcessEnv = {}): Promise<{ seconds: number; peakMb: number; largestMb: number }> {
  const started = performance.now();
  const child = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  let peak = 0;
  let largest = 0;
  const sample = () => {
    try {
      const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/\s+/).map(Number));
      const tree = new Set([child.pid]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const [pid, ppid] of rows) if (tree.has(ppid) && !tree.has(pid)) grew = tree.add(pid) && true;
      }
      const sizes = rows.filter(([pid]) => tree.has(pid)).map(([, , rss]) => rss);
      peak = Math.max(peak, sizes.reduce((sum, rss) => sum + rss, 0));
      largest = Math.max(largest, ...sizes);
    } catch {
      // The tree changed while it was read: the next sample counts.
    }
  };
  const timer = setInterval(sample, 200);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build of the synthetic corpus failed (exit ${code})`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peak / 1024, largestMb: largest / 1024 };
}

/** One plain HTML page per document, its paragraphs as <p>, indexed by Pagefind as it comes (addDirectory). */
async function writeBaseline(root: string, folder: string): Promise<number> {
  const documents = await readDocuments(root);
  const paragraphs = Map.groupBy(await readParagraphRecords(root), (paragraph) => paragraph.document);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const page = (title: string, body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${body}</body></html>`;
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'index.html'), page('bare Pagefind', '<main data-pagefind-ignore>bare</main>'));
  for (const [slug, document] of documents) {
    await mkdir(path.join(folder, slug), { recursive: true });
    const body = `<main><h1>${escape(document.title)}</h1>${(paragraphs.get(slug) ?? []).map((p) => `<p>${escape(p.text)}</p>`).join('')}</main>`;
    await writeFile(path.join(folder, slug, 'index.html'), page(document.title, body));
  }
  return withPagefindIndex({}, async (index) => {
    const pages = await index.addDirectory(folder);
    await index.writeFiles(path.join(folder, 'pagefind'));
    return pages;
  });
}

/** Milestones of a first screen, ms from navigation start (medians over the queries in the table). */
interface Milestones {
  /** The page's HTML received and parsed (domInteractive). */
  parsed: number;
  /** The first request for Pagefind's entry (the engine starting). */
  engine: number;
  /** The first word chunk requested (the engine ready to search). */
  firstChunk: number;
  /** The last word chunk or filter received. */
  chunks: number;
}

/** In-page (source text, as RESULTS_ON_SCREEN): \`() => Milestones\`, from navigation and resource timing. */
const MILESTONES = `() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const of = (test) => resources.filter((entry) => test(new URL(entry.name).pathname));
  const first = (test) => Math.min(...of(test).map((entry) => entry.startTime));
  const last = (test) => Math.max(...of(test).map((entry) => entry.responseEnd));
  const entry = (path) => path.endsWith('/pagefind-entry.json');
  const chunk = (path) => path.includes('/index/') || path.includes('/filter/');
  return { parsed: nav ? nav.domInteractive : 0, engine: first(entry), firstChunk: first(chunk), chunks: last(chunk) };
}`;

interface Run {
  milestones?: Milestones;
  ms: number;
  bytes: number;
  indexBytes: number;
  requests: number;
  hits: string;
  /** Ours: the total once exact (after the one action that checks every paragraph, when the first screen said 约 N). */
  exactTotal?: number;
}

/** Ours, cold; `checkTotal`: after the first screen, the one untimed action that makes a 约 N total exact. */
async function ours(browser: Browser, server: StaticServer, query: string, checkTotal = true): Promise<Run> {
  const context = await browser.newContext();
  const recording = recordTransfers(context, server.origin);
  const page = await context.newPage();
  await page.addInitScript(`window.__onScreen = (${RESULTS_ON_SCREEN})(${JSON.stringify(query)});`);
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
  const { at, total, approximate } = await page.evaluate(() => (window as unknown as { __onScreen: Promise<OnScreen> }).__onScreen);
  const milestones = (await page.evaluate(`(${MILESTONES})()`)) as Milestones;
  // A gap query's filler table comes after the first screen (untimed); its texts count in the query's bytes.
  if (query.includes('*') && Number(total) > 0) await page.locator('#search-patterns table').waitFor({ timeout: 120_000 });
  const transfers = await recording.settle();
  // Counted now: the check below fetches more, and the recording goes on.
  const bytes = dataBytes(transfers);
  const requests = transfers.filter(({ path: file }) => DATA_FILE.test(file)).length;
  let exactTotal = Number(total);
  if (approximate && checkTotal) {
    // Not timed: the reader's one action that makes the total exact.
    await page.locator('#search-exact').click();
    await page.waitForFunction(
      () => {
        const region = document.getElementById('search-results')!;
        return region.getAttribute('aria-busy') === 'false' && !region.hasAttribute('data-total-approximate');
      },
      undefined,
      { timeout: 600_000 },
    );
    exactTotal = Number(await page.locator('#search-results').getAttribute('data-total'));
  }
  await context.close();
  return {
    ms: at,
    bytes,
    indexBytes: indexBytes(transfers),
    requests,
    hits: `${approximate ? '约 ' : ''}${total} ¶`,
    exactTotal,
    milestones,
  };
}

/** The trends page for `terms`, cold, until its table is filled: time, index bytes, requests. */
async function trends(browser: Browser, server: StaticServer, terms: readonly string[]): Promise<Omit<Run, 'hits' | 'bytes'> & { page: number }> {
  const context = await browser.newContext();
  const recording = recordTransfers(context, server.origin);
  const page = await context.newPage();
  await page.goto(`${server.origin}${trendsUrl(terms)}`);
  await page.locator('#trends-result[data-terms]').waitFor({ timeout: 120_000 });
  const at = await page.evaluate(() => performance.now());
  const transfers = await recording.settle();
  await context.close();
  const html = transfers.find(({ path: file }) => file === TRENDS_PATH);
  return {
    ms: at,
    indexBytes: indexBytes(transfers),
    requests: transfers.filter(({ path: file }) => DATA_FILE.test(file)).length,
    page: html ? gzipSync(html.body).length : 0,
  };
}

async function bare(browser: Browser, server: StaticServer, query: string): Promise<Run> {
  const context = await browser.newContext();
  const recording = recordTransfers(context, server.origin);
  const page = await context.newPage();
  await page.goto(`${server.origin}/baseline/`);
  const { at, hits } = await page.evaluate(async (term) => {
    const bundle = '/baseline/pagefind/pagefind.js';
    const pagefind = await import(bundle);
    await pagefind.options({ basePath: '/baseline/pagefind/' });
    await pagefind.init();
    const search = await pagefind.search(term);
    await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()));
    return { at: performance.now(), hits: search.results.length };
  }, query);
  const milestones = (await page.evaluate(`(${MILESTONES})()`)) as Milestones;
  const transfers = (await recording.settle()).map((transfer) => ({ ...transfer, path: transfer.path.replace(/^\/baseline/, '') }));
  await context.close();
  return { ms: at, bytes: dataBytes(transfers), indexBytes: indexBytes(transfers), requests: transfers.filter(({ path: file }) => DATA_FILE.test(file)).length, hits: `${hits} doc`, milestones };
}

/** The query with the most hits: the heaviest export (issue 18: ~43,000 paragraphs at 1,000 documents). */
const EXPORT_QUERY = '上合组织';

interface ExportRun {
  seconds: number;
  fileBytes: number;
  rows: number;
  paragraphs: string;
  textFiles: number;
  textBytes: number;
  /** The same texts decompressed (JSON arrays of strings): one copy of them, to compare with the heap. */
  textJsonBytes: number;
  peakHeapMb: number;
  startHeapMb: number;
  /** After the download and a garbage collection: what the export left behind. */
  endHeapMb: number;
}

/**
 * 导出 CSV on the results of `query`, from the press to the download: its
 * time, the file, the text files fetched, and the page's JS heap (sampled
 * every 100 ms through the DevTools protocol) before and at its peak, which
 * says whether the texts are held once or more.
 */
async function exportAll(browser: Browser, server: StaticServer, query: string): Promise<ExportRun> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const region = document.getElementById('search-results');
    return region?.getAttribute('aria-busy') === 'false' && region.dataset.total !== undefined;
  });
  const paragraphs = (await page.locator('#search-results').getAttribute('data-total')) ?? '?';
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
  const startHeapMb = await heap();
  let peakHeapMb = startHeapMb;
  const timer = setInterval(() => void heap().then((mb) => (peakHeapMb = Math.max(peakHeapMb, mb)), () => undefined), 100);
  const recording = recordTransfers(context, server.origin);
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 900_000 }), page.getByRole('button', { name: '导出 CSV', exact: true }).click()]);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  await cdp.send('HeapProfiler.collectGarbage');
  const endHeapMb = await heap();
  const file = await download.path();
  const fileBytes = (await stat(file)).size;
  const status = (await page.locator('[data-export-status]').textContent()) ?? '';
  const texts = (await recording.settle()).filter(({ path: served }) => served.startsWith('/search/text/'));
  await context.close();
  return {
    seconds,
    fileBytes,
    rows: Number(/已导出 (\d+) 处/.exec(status)?.[1] ?? NaN),
    paragraphs,
    textFiles: texts.length,
    textBytes: texts.reduce((sum, { bytes }) => sum + bytes, 0),
    textJsonBytes: texts.reduce((sum, { body }) => sum + gunzipSync(body).length, 0),
    peakHeapMb,
    startHeapMb,
    endHeapMb,
  };
}

/** Files and bytes under a folder, grouped by what `group` names each file. */
async function layout(folder: string, group: (file: string) => string): Promise<Map<string, { files: number; bytes: number; largest: number }>> {
  const groups = new Map<string, { files: number; bytes: number; largest: number }>();
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = (await stat(file)).size;
    const name = group(path.relative(folder, file));
    const current = groups.get(name) ?? { files: 0, bytes: 0, largest: 0 };
    groups.set(name, { files: current.files + 1, bytes: current.bytes + size, largest: Math.max(current.largest, size) });
  }
  return groups;
}

export default async function scaleBench(): Promise<BenchTable[]> {
  const count = Number(process.env.SCALE_DOCUMENTS ?? process.argv[3] ?? 1000);
  const project = await copyProject();
  try {
    const paragraphs = await writeSyntheticCorpus(path.join(project.root, 'seeds'), count);
    // The same documents built as plain Markdown first, then as MDX (the site's
    // format, whose dist/ the queries below run on): what MDX costs, in one run.
    const markdown = await measureBuild(project.root, { SCO_DOCUMENT_FORMAT: 'md' });
    const build = await measureBuild(project.root);
    const dist = path.join(project.root, 'dist');
    const baselineFolder = path.join(project.root, 'baseline');
    const baselineStarted = performance.now();
    const baselinePages = await writeBaseline(project.root, baselineFolder);
    const baselineSeconds = (performance.now() - baselineStarted) / 1000;

    // The truth: the oracle's own reading of each query over the generated paragraphs.
    const records = await readParagraphRecords(project.root);
    const truth = new Map(QUERIES.map((query) => [query, matchingParagraphs(records, query).length]));
    const server = await startStaticServer({ '/': dist, '/baseline/': baselineFolder });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const rows: (string | number)[][] = [];
    const trendRows: (string | number)[][] = [];
    let trendsNote = '';
    const ratios: { time: number; bytes: number }[] = [];
    let heaviest = 0;
    const verdict = (ok: boolean) => (ok ? 'within' : 'OVER');
    let exported: ExportRun;
    const timings: { ours: Milestones & { screen: number }; bare: Milestones & { screen: number } }[] = [];
    let wrong = 0;
    try {
      for (const query of QUERIES) {
        // Alternated, each cold, so that load on the machine falls on both alike.
        // Bytes, hits and the total come from the first round (the same in every round).
        const rounds: { mine: Run; theirs: Run }[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          rounds.push({ mine: await ours(browser, server, query, round === 0), theirs: await bare(browser, server, query) });
        }
        const [{ mine, theirs }] = rounds;
        const oursMs = median(rounds.map((run) => run.mine.ms));
        const bareMs = median(rounds.map((run) => run.theirs.ms));
        const time = median(rounds.map((run) => run.mine.ms / run.theirs.ms));
        ratios.push({ time, bytes: mine.bytes / theirs.bytes });
        heaviest = Math.max(heaviest, mine.bytes);
        for (const run of rounds) timings.push({ ours: { ...run.mine.milestones!, screen: run.mine.ms }, bare: { ...run.theirs.milestones!, screen: run.theirs.ms } });
        const exact = mine.exactTotal === truth.get(query);
        if (!exact) wrong += 1;
        rows.push([
          query,
          oursMs.toFixed(0),
          kb(mine.bytes),
          mine.requests,
          mine.hits,
          `${truth.get(query)} ${exact ? '✓' : `✗ (${mine.exactTotal})`}`,
          bareMs.toFixed(0),
          kb(theirs.bytes),
          theirs.hits,
          time.toFixed(2),
          (mine.bytes / theirs.bytes).toFixed(2),
        ]);
      }
      // The trends table of ten common terms against the ten searches of those terms, each cold.
      const searches: Run[] = [];
      for (const term of TRENDS_TERMS) searches.push(await ours(browser, server, term));
      const table = await trends(browser, server, TRENDS_TERMS);
      const searched = searches.reduce((sum, run) => sum + run.indexBytes, 0);
      TRENDS_TERMS.forEach((term, i) => trendRows.push([`search “${term}”`, searches[i].ms.toFixed(0), kb(searches[i].indexBytes), searches[i].requests, searches[i].hits]));
      trendRows.push(['ten searches, summed', searches.reduce((sum, run) => sum + run.ms, 0).toFixed(0), kb(searched), searches.reduce((sum, run) => sum + run.requests, 0), '']);
      trendRows.push([`trends table of all ten (${TRENDS_PATH})`, table.ms.toFixed(0), kb(table.indexBytes), table.requests, `page ${kb(table.page)} KB gzip`]);
      trendsNote = `Trends table index bytes ${kb(table.indexBytes)} KB vs ten searches ${kb(searched)} KB (budget ≤ 1×: ${verdict(table.indexBytes <= searched)}).`;
      exported = await exportAll(browser, server, EXPORT_QUERY);
    } finally {
      await browser.close();
      await server.close();
    }
    const timeRatio = median(ratios.map((ratio) => ratio.time));
    const bytesRatio = median(ratios.map((ratio) => ratio.bytes));

    const index = new Map<string, { files: number; bytes: number; largest: number }>();
    for (const bundle of Object.values(SEARCH_INDEX_PATHS)) {
      const parts = await layout(path.join(dist, bundle), (file) => {
        if (ENGINE_FILE.test(`/pagefind/${file}`)) return 'engine (pagefind.js, worker, WASM)';
        if (/^(index|fragment|filter)\//.test(file) || file.endsWith('.pf_meta')) return file.endsWith('.pf_meta') ? 'metadata (.pf_meta)' : `${file.split('/')[0]}/`;
        if (file === 'pagefind-entry.json') return 'pagefind-entry.json';
        return 'Pagefind UI files (unused)';
      });
      for (const [name, part] of parts) index.set(`${bundle.slice(1)}${name}`, part);
    }
    const texts = await layout(path.join(dist, 'search/text'), () => 'search/text/ (hit texts)');
    return [
      {
        title: `Search at scale: ${count} synthetic documents + the corpus (${paragraphs} synthetic ¶)`,
        headers: ['query', 'ours ms', 'ours KB', 'ours req', 'ours hits', 'truth ¶', 'bare ms', 'bare KB', 'bare hits', 'time ×', 'bytes ×'],
        rows,
        notes: [
          `Exact against the generated truth (the oracle over the synthetic paragraphs; 约 N made exact by the check button, untimed): ${QUERIES.length - wrong} of ${QUERIES.length} queries${wrong ? ' — WRONG TOTALS' : ''}.`,
          `Median ratio, time to first screen: ${timeRatio.toFixed(2)} (budget ≤ 1.0: ${verdict(timeRatio <= 1.0)}); data bytes: ${bytesRatio.toFixed(2)} (budget ≤ 3: ${verdict(bytesRatio <= 3)}); heaviest query ${kb(heaviest)} KB (budget ≤ 1,000: ${verdict(heaviest <= 1_000_000)}).`,
          'ours: fresh browser context, navigation to /search/?q=… until the results are on screen (hits = data-total, paragraphs). bare: fresh context, navigation to a blank page, then import, init, search, first 5 results’ data (hits = documents).',
          `ms: the median of ${ROUNDS} cold rounds (SCALE_ROUNDS), ours and bare alternated; time ×: the median of the ${ROUNDS} paired ratios; the median ratio above is the median of those over the queries.`,
          'KB: index, metadata, filters, fragments and hit texts as received (for a gap query, with the texts of its filler table, read after the first screen); Pagefind’s JS and WASM and the pages’ own HTML/CSS/JS apart.',
        ],
      },
      {
        title: `Where the first screen's time goes at ${count} synthetic documents (median over the queries and rounds, ms from navigation start)`,
        headers: ['milestone', 'ours', 'bare'],
        rows: (['parsed', 'engine', 'firstChunk', 'chunks', 'screen'] as const).map((key) => [
          {
            parsed: 'page parsed (domInteractive; bare: a blank page)',
            engine: 'Pagefind entry requested (engine starting)',
            firstChunk: 'first word chunk or filter requested',
            chunks: 'last word chunk or filter received',
            screen: 'results on screen (ours: hit texts fetched; bare: 5 fragments)',
          }[key],
          median(timings.map((timing) => timing.ours[key])).toFixed(0),
          // Bare Pagefind fetches in its web worker, which the page's resource timing does not see.
          key === 'screen' || key === 'parsed' ? median(timings.map((timing) => timing.bare[key])).toFixed(0) : 'n/a (in its worker)',
        ]),
        notes: ['Ours: “engine starting” is the preload of pagefind-entry.json in the page’s head; from “last chunk received” to “on screen” are Pagefind’s search calls, the paragraphs from positions, the first 20 hit texts (one more round trip) and the rendering.'],
      },
      {
        title: `Export of every hit at ${count} synthetic documents: 导出 CSV of “${EXPORT_QUERY}”`,
        headers: ['measure', 'value'],
        rows: [
          ['paragraphs (data-total)', exported.paragraphs],
          ['rows (occurrences)', exported.rows],
          ['CSV file, MB', (exported.fileBytes / 1e6).toFixed(2)],
          ['press to download, s', exported.seconds.toFixed(1)],
          ['text files fetched', exported.textFiles],
          ['text data received (gzip), MB', (exported.textBytes / 1e6).toFixed(2)],
          ['the same decompressed (UTF-8 JSON), MB', (exported.textJsonBytes / 1e6).toFixed(2)],
          ['JS heap before, MB', exported.startHeapMb.toFixed(1)],
          ['JS heap at its peak during the export (garbage included), MB', exported.peakHeapMb.toFixed(1)],
          ['JS heap after it, after a garbage collection, MB', exported.endHeapMb.toFixed(1)],
        ],
        notes: ['A fresh browser context on the results page; the press of 导出 CSV until the download starts. Heap: JSHeapUsedSize sampled every 100 ms (after a garbage collection before the press).'],
      },
      {
        title: `Trends at ${count} synthetic documents: ten common terms`,
        headers: ['run', 'ms', 'index KB', 'data req', 'hits'],
        rows: trendRows,
        notes: [
          trendsNote,
          'Each run cold in a fresh browser context. Searches: until the results are on screen; index KB counts Pagefind’s files only (their hit texts apart). Trends: until the table is filled; it fetches no text. Page: the /trends/ HTML (every document a row) gzip-compressed.',
        ],
      },
      {
        title: `Build at ${count} synthetic documents: documents as MDX (the site) and as Markdown`,
        headers: ['measure', 'MDX', 'Markdown', 'MDX ÷ Markdown'],
        rows: [
          ['full build (normalize + Astro + search index), s', build.seconds.toFixed(1), markdown.seconds.toFixed(1), (build.seconds / markdown.seconds).toFixed(2)],
          ['peak memory of the build’s process tree (sampled every 200 ms), MB', build.peakMb.toFixed(0), markdown.peakMb.toFixed(0), (build.peakMb / markdown.peakMb).toFixed(2)],
          ['peak memory of its largest process, MB', build.largestMb.toFixed(0), markdown.largestMb.toFixed(0), (build.largestMb / markdown.largestMb).toFixed(2)],
          [`bare Pagefind baseline (${baselinePages} pages written and indexed), s`, baselineSeconds.toFixed(1), '', ''],
        ],
        notes: [`MDX budgets: whole-build peak ≤ 4,000 MB (${verdict(build.peakMb <= 4000)}); full build ≤ 1.3 × Markdown’s (${verdict(build.seconds <= 1.3 * markdown.seconds)}).`],
      },
      {
        title: `Search index at ${count} synthetic documents`,
        headers: ['part', 'files', 'KB', 'largest file KB'],
        rows: [...index, ...texts].sort(([a], [b]) => a.localeCompare(b)).map(([name, { files, bytes, largest }]) => [name, files, kb(bytes), kb(largest)]),
      },
    ];
  } finally {
    await project.remove();
  }
}
