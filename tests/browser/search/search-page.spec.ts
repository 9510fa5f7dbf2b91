import { readDocuments } from '../../../src/content/document-schema.ts';
import { PROJECT_ROOT } from '../../helpers/project.ts';
import { expectedHits } from '../../search/oracle.ts';
import { expect, hitPermalinks, results, resultsFor, search, searchBox, shownPermalinks, test } from './fixtures.ts';

const documents = await readDocuments(PROJECT_ROOT);
const slugOf = (permalink: string) => permalink.split('/')[1];
const yearOf = (permalink: string) => String(documents.get(slugOf(permalink))!.date.getUTCFullYear());
const kindOf = (permalink: string) => documents.get(slugOf(permalink))!.kind;
const status = (page: import('@playwright/test').Page) => page.locator('#search-status');

test('facets filter the hits, show their counts and live in the address', async ({ page }) => {
  const all = expectedHits('合作');
  await page.goto('/search/');
  await search(page, '合作');
  await expect(status(page)).toContainText(`共找到 ${all.length} 段`);
  const year2017 = page.getByRole('checkbox', { name: /^2017/ });
  await expect(page.locator('label', { has: year2017 })).toContainText(`（${all.filter((hit) => yearOf(hit) === '2017').length}）`);

  await year2017.check();
  await resultsFor(page, '合作');
  const in2017 = all.filter((hit) => yearOf(hit) === '2017');
  expect(await hitPermalinks(page)).toEqual(in2017);
  // Another facet's counts follow the chosen year.
  const declaration = page.getByRole('checkbox', { name: /^宣言/ });
  await expect(page.locator('label', { has: declaration })).toContainText(`（${in2017.filter((hit) => kindOf(hit) === '宣言').length}）`);

  await declaration.check();
  await resultsFor(page, '合作');
  const both = in2017.filter((hit) => kindOf(hit) === '宣言');
  expect(await hitPermalinks(page)).toEqual(both);
  await expect(status(page)).toContainText(`共找到 ${both.length} 段`);
  expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2017']);
  expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['宣言']);

  // The address brings back the same search.
  await page.reload();
  await resultsFor(page, '合作');
  await expect(searchBox(page)).toHaveValue('合作');
  await expect(year2017).toBeChecked();
  await expect(declaration).toBeChecked();
  expect(await hitPermalinks(page)).toEqual(both);
});

test('the address follows the query and a reload keeps it', async ({ page }) => {
  await page.goto('/search/');
  await search(page, '阿富汗 和平');
  expect(new URL(page.url()).searchParams.get('q')).toBe('阿富汗 和平');
  await page.reload();
  await resultsFor(page, '阿富汗 和平');
  await expect(searchBox(page)).toHaveValue('阿富汗 和平');
  expect(await hitPermalinks(page)).toEqual(expectedHits('阿富汗 和平'));
});

/** The permalinks of a query's hits in the page's order: newest document first, then by title; paragraphs in reading order. */
function inPageOrder(permalinks: string[]): string[] {
  const key = (permalink: string) => documents.get(slugOf(permalink))!;
  const n = (permalink: string) => Number(permalink.split('#p')[1]);
  return permalinks.toSorted((a, b) => {
    const [x, y] = [key(a), key(b)];
    return y.date.getTime() - x.date.getTime() || x.title.localeCompare(y.title, 'zh-CN') || n(a) - n(b);
  });
}

test('hits come twenty at a time in reading order, under their documents with counts', async ({ page }) => {
  const expected = inPageOrder(expectedHits('恐怖'));
  expect(expected.length).toBeGreaterThan(40);
  await page.goto(`/search/?q=${encodeURIComponent('恐怖')}`);
  await resultsFor(page, '恐怖');
  await expect(results(page)).toHaveAttribute('data-total', String(expected.length));
  expect(await shownPermalinks(page)).toEqual(expected.slice(0, 20));
  // Each document's section says how many of its paragraphs hold the term, all pages counted.
  const groups = page.locator('.result-document');
  for (const slug of new Set(expected.slice(0, 20).map(slugOf))) {
    const group = groups.filter({ has: page.locator('h2', { hasText: documents.get(slug)!.title }) });
    await expect(group.locator('.result-document-meta')).toContainText(`${expected.filter((hit) => slugOf(hit) === slug).length} 段`);
  }
  const more = page.locator('#search-more');
  await expect(more).toHaveText(`显示更多段落（已显示 20 段，共 ${expected.length} 段）`);
  await more.click();
  await expect.poll(() => shownPermalinks(page)).toEqual(expected.slice(0, 40));
  expect(await hitPermalinks(page)).toEqual(expectedHits('恐怖'));
  await expect(more).toBeHidden();
  // Each hit shows its paragraph number and text, with the terms marked.
  const first = page.locator('.hit').first();
  await expect(first.locator('a.hit-link')).toContainText(/第\d+段/);
  await expect(first.locator('mark').first()).toHaveText('恐怖');
});

test('the term over time: hits per year, as a table for screen readers, a year link filters', async ({ page }) => {
  const all = expectedHits('合作');
  const perYear = Map.groupBy(all, yearOf);
  await page.goto(`/search/?q=${encodeURIComponent('合作')}`);
  await resultsFor(page, '合作');
  const figure = page.locator('#search-timeline figure');
  await expect(figure.locator('figcaption')).toHaveText('“合作”各年份命中段落数');
  const years = [...new Set([...documents.values()].map((document) => String(document.date.getUTCFullYear())))].sort();
  await expect(figure.locator('rect')).toHaveCount(years.length);
  const rows = await figure.locator('table tr:has(td)').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
  expect(rows).toEqual(years.map((year) => [year, String(perYear.get(year)?.length ?? 0)]));
  await figure.getByRole('link', { name: `2017（${perYear.get('2017')!.length}）` }).click();
  await resultsFor(page, '合作');
  expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2017']);
  await expect(page.getByRole('checkbox', { name: /^2017/ })).toBeChecked();
  expect(await hitPermalinks(page)).toEqual(perYear.get('2017')!.toSorted());
  // Bars stay for every year, the chosen one marked.
  await expect(figure.locator('rect.chosen')).toHaveAttribute('data-year', '2017');
});

test('results arriving do not move the page (cumulative layout shift below 0.1)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`/search/?q=${encodeURIComponent('反恐')}`);
  await resultsFor(page, '反恐');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.1);
});

test('the query is text: markup in it is shown, never run', async ({ page }) => {
  const query = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await resultsFor(page, query);
  await expect(searchBox(page)).toHaveValue(query);
  await expect(status(page)).toHaveText(`未找到包含“${query}”的段落。`);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('an empty query shows tips and the documents, newest first, linked; facets filter them', async ({ page }) => {
  await page.goto('/search/');
  await resultsFor(page, '');
  const list = page.locator('#search-start [data-document]');
  await expect(list).toHaveCount(documents.size);
  const newestFirst = [...documents.values()].toSorted((a, b) => b.date.getTime() - a.date.getTime());
  expect((await list.evaluateAll((items) => items.map((item) => item.querySelector('a')!.pathname))).map((path) => documents.get(path.split('/')[1])!.date)).toEqual(newestFirst.map((d) => d.date));
  await expect(list.first()).toContainText(`${newestFirst[0].paragraphCount} 段`);
  await expect(page.locator('#search-start')).toContainText('检索提示');
  await page.getByRole('checkbox', { name: /^新闻公报/ }).check();
  await expect(page.locator('#search-start [data-document]:visible')).toHaveCount([...documents.values()].filter((d) => d.kind === '新闻公报').length);
});

/** The paths of the converter's script fetched by the page so far. */
function converterRequests(page: import('@playwright/test').Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/t2cn[.-]/.test(path)) paths.push(path);
  });
  return paths;
}

test('nothing found says so and keeps the query', async ({ page }) => {
  const converter = converterRequests(page);
  await page.goto('/search/');
  await search(page, '量子计算');
  await expect(status(page)).toHaveText('未找到包含“量子计算”的段落。');
  await expect(searchBox(page)).toHaveValue('量子计算');
  await expect(page.locator('.hit')).toHaveCount(0);
  // Every character of it occurs in the corpus: no traditional character to convert.
  expect(converter).toEqual([]);
});

test('traditional input is searched in simplified characters, and says so', async ({ page }) => {
  const converter = converterRequests(page);
  await page.goto('/search/');
  await search(page, '合作');
  expect(converter).toEqual([]);
  await search(page, '維護和平');
  await expect(status(page)).toContainText('已按简体“维护和平”检索。');
  await expect(page.locator('.hit mark').first()).toHaveText('维护和平');
  expect(converter).toHaveLength(1);
});

test('an index that fails to load gives a message, not a blank page', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto(`/search/?q=${encodeURIComponent('合作')}`);
  await resultsFor(page, '合作');
  await expect(status(page)).toContainText('搜索索引未能加载');
  await expect(page.locator('.hit')).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue('合作');
});

test('the results region is busy while searching and announces the count politely', async ({ page }) => {
  await page.goto('/search/');
  await resultsFor(page, '');
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  await page.evaluate(() => {
    const region = document.getElementById('search-results')!;
    const log: { busy: string | null; hits: number; status: string }[] = [];
    (window as unknown as { busyLog: typeof log }).busyLog = log;
    new MutationObserver(() =>
      log.push({ busy: region.getAttribute('aria-busy'), hits: region.querySelectorAll('.hit').length, status: document.getElementById('search-status')!.textContent! }),
    ).observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  await search(page, '撒马尔罕');
  const log = await page.evaluate(() => (window as unknown as { busyLog: { busy: string; hits: number; status: string }[] }).busyLog);
  const count = expectedHits('撒马尔罕').length;
  expect(log.map((entry) => entry.busy)).toEqual(['true', 'false']);
  // When the region stops being busy, its results and count are already there.
  expect(log[1]).toEqual({ busy: 'false', hits: count, status: `共找到 ${count} 段，分布于 ${new Set(expectedHits('撒马尔罕').map(slugOf)).size} 篇文献。` });
});

test.describe('search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the tips and sends the reader to the home page for the list of documents', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('#search-start')).toContainText('检索提示');
    await page.getByRole('link', { name: '首页' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('.timeline a')).toHaveCount(documents.size);
  });
});
