// The concordance (语境), the export of every hit and the landing page's
// occurrence navigation, in Chromium against the built site. The truth comes
// from the paragraph records by plain string scanning (tests/search/oracle.ts).
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { concordanceRows, matchingParagraphs, oracleParagraphs } from '../../search/oracle.ts';
import { expect, resultsFor, search, test } from './fixtures.ts';

/** The width of context the view shows (src/lib/concordance/kwic.ts VIEW_CONTEXT: a product choice, restated here). */
const VIEW_CONTEXT = 16;
const collator = new Intl.Collator('zh-CN');

interface ShownLine {
  left: string;
  match: string;
  right: string;
  href: string;
  count: number;
  years: string;
}

async function shownLines(page: Page): Promise<ShownLine[]> {
  return page.locator('table.kwic tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cell = (name: string) => row.querySelector(`.kwic-${name}`)!.textContent!;
      const link = row.querySelector<HTMLAnchorElement>('.kwic-source a')!;
      const count = /^×(\d+)（(.+)）$/.exec(row.querySelector('.kwic-count')?.textContent ?? '');
      return { left: cell('left'), match: cell('match'), right: cell('right'), href: `${link.pathname}${link.search}${link.hash}`, count: count ? Number(count[1]) : 1, years: count?.[2] ?? '' };
    }),
  );
}

async function openKwic(page: Page, query: string, sort?: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}&view=kwic${sort ? `&sort=${sort}` : ''}`);
  await resultsFor(page, query);
  await expect(page.locator('table.kwic')).toBeVisible();
}

const nearestLeft = (line: { left: string }) => Array.from(line.left).slice(-3).reverse().join('');
const nearestRight = (line: { right: string }) => Array.from(line.right).slice(0, 3).join('');

test.describe('concordance', () => {
  test('shows every occurrence once, identical lines counted, each linking to its paragraph with ?hl=', async ({ page, baseURL }) => {
    await openKwic(page, '反恐');
    const expected = concordanceRows('反恐', baseURL!, VIEW_CONTEXT);
    const lines = await shownLines(page);
    expect(lines.reduce((sum, line) => sum + line.count, 0)).toBe(expected.length);
    const key = (line: { left: string; match: string; right: string }) => `${line.left}|${line.match}|${line.right}`;
    expect(new Set(lines.map(key))).toEqual(new Set(expected.map(key)));
    for (const line of lines) {
      const same = expected.filter((row) => key(row) === key(line));
      expect(line.count, key(line)).toBe(same.length);
      const url = new URL(line.href, baseURL);
      expect(url.searchParams.get('hl')).toBe('反恐');
      expect(same.map((row) => new URL(row.permalink).pathname + new URL(row.permalink).hash)).toContain(`${url.pathname}${url.hash}`);
      if (line.count > 1) expect(line.years).toBe([...new Set(same.map((row) => row.date.slice(0, 4)))].sort().join('、'));
    }
    await expect(page.locator('table.kwic thead th')).toHaveText(['左侧语境', '检索词', '右侧语境', '出处']);
  });

  test('takes more pages of paragraphs at a time, and sorts them all again as they come', async ({ page, baseURL }) => {
    const query = '合作';
    const expected = concordanceRows(query, baseURL!, VIEW_CONTEXT);
    const paragraphs = new Set(expected.map((row) => row.permalink)).size;
    await openKwic(page, query, 'right');
    const more = page.locator('#search-more');
    await expect(more).toContainText(`已显示 100 段，共 ${paragraphs} 段`);
    while (await more.isVisible()) {
      const before = await more.textContent();
      await more.click();
      await expect(more).not.toHaveText(before!);
    }
    const lines = await shownLines(page);
    expect(lines.reduce((sum, line) => sum + line.count, 0)).toBe(expected.length);
    for (let i = 1; i < lines.length; i++) expect(collator.compare(nearestRight(lines[i - 1]), nearestRight(lines[i]))).toBeLessThanOrEqual(0);
    await expect(page.locator('table.kwic')).toBeFocused();
  });

  test('sorts by the characters left of the match, right of it, or by date', async ({ page }) => {
    await openKwic(page, '反恐', 'left');
    const left = await shownLines(page);
    for (let i = 1; i < left.length; i++) expect(collator.compare(nearestLeft(left[i - 1]), nearestLeft(left[i])), `${left[i - 1].left} before ${left[i].left}`).toBeLessThanOrEqual(0);

    await openKwic(page, '反恐', 'right');
    const right = await shownLines(page);
    for (let i = 1; i < right.length; i++) expect(collator.compare(nearestRight(right[i - 1]), nearestRight(right[i])), `${right[i - 1].right} before ${right[i].right}`).toBeLessThanOrEqual(0);
    expect(new Set(right.map((line) => line.href))).toEqual(new Set(left.map((line) => line.href)));

    await openKwic(page, '反恐');
    const years = await page.locator('table.kwic .kwic-source a').evaluateAll((links) => links.map((link) => link.textContent!.slice(0, 4)));
    expect(years).toEqual(years.toSorted());
    expect(new Set(years).size).toBeGreaterThan(1);
  });

  test('is chosen on the page and kept in the address', async ({ page }) => {
    await page.goto('/search/');
    await search(page, '反恐');
    await expect(page.locator('#search-hits .hit').first()).toBeVisible();
    await page.getByRole('radio', { name: '语境' }).check();
    await expect(page).toHaveURL(/[?&]view=kwic(&|$)/);
    await expect(page.locator('table.kwic')).toBeVisible();
    await page.getByRole('combobox', { name: '排序' }).selectOption({ label: '按右侧语境' });
    await expect(page).toHaveURL(/[?&]view=kwic&sort=right$/);
    await expect(page.locator('table.kwic caption')).toContainText('按右侧语境排列');
    await page.getByRole('radio', { name: '段落' }).check();
    await expect(page).not.toHaveURL(/view=|sort=/);
    await expect(page.locator('table.kwic')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: '排序' })).toBeHidden();
  });
});

test.describe('export', () => {
  async function download(page: Page, label: string) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  }

  test('导出 CSV writes every occurrence of every hit, all pages, as the oracle has them', async ({ page }) => {
    for (const query of ['反恐', '上合组织']) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await resultsFor(page, query);
      const site = await page.locator('link[rel="canonical"]').getAttribute('href');
      const { name, bytes } = await download(page, '导出 CSV');
      expect(name).toMatch(new RegExp(`^上合文献库-${query}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.split('\r\n')[0]).toBe('\ufeffdocument,date,n,permalink,left,match,right');
      const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
      const expected = concordanceRows(query, site!);
      expect(rows.length, query).toBe(expected.length);
      expect(rows, query).toEqual(expected);
      // More than the first page of hits: all of them.
      expect(new Set(rows.map((row) => row.permalink)).size).toBe(matchingParagraphs(oracleParagraphs, query).length);
      await expect(page.locator('[data-export-status]')).toHaveText(`已导出 ${rows.length} 处（${name}）。`);
    }
  });

  test('导出 JSON has the same rows, the query, the time, the build day and the documents searched', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('反恐')}&year=2017`);
    await resultsFor(page, '反恐');
    const site = await page.locator('link[rel="canonical"]').getAttribute('href');
    const before = Date.now();
    const { name, bytes } = await download(page, '导出 JSON');
    expect(name).toMatch(/^上合文献库-反恐-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(bytes.toString('utf8'));
    expect(Object.keys(json)).toEqual(['query', 'exportedAt', 'siteBuilt', 'documentsSearched', 'columns', 'rows']);
    expect(json.query).toBe('反恐');
    expect(Date.parse(json.exportedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(json.siteBuilt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The 2017 documents: the year facet keeps three of the five.
    expect(json.documentsSearched).toBe(3);
    expect(json.rows).toEqual(concordanceRows('反恐', site!).filter((row) => row.date.startsWith('2017')).map((row) => ({ ...row, n: Number(row.n) })));
  });

  test('shows its progress and can be cancelled', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('合作')}`);
    await resultsFor(page, '合作');
    // The texts come slowly, so that the export is still reading when 取消 is pressed.
    await page.route('**/search/text/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.getByRole('button', { name: '导出 CSV', exact: true }).click();
    const progress = page.locator('[data-export-progress]');
    await expect(progress).toBeVisible();
    await expect(page.getByRole('button', { name: '导出 JSON', exact: true })).toBeDisabled();
    await progress.getByRole('button', { name: '取消' }).click();
    await expect(page.locator('[data-export-status]')).toHaveText('已取消导出。');
    await expect(progress).toBeHidden();
    await expect(page.getByRole('button', { name: '导出 CSV', exact: true })).toBeEnabled();
    expect(downloaded).toBe(false);
  });
});

test.describe('landing page', () => {
  test('marks every occurrence and moves between those of the document', async ({ page }) => {
    const slug = '2024-astana-declaration';
    const term = '反恐';
    const paragraphs = matchingParagraphs(oracleParagraphs, term).filter((paragraph) => paragraph.document === slug);
    const counts = paragraphs.map((paragraph) => paragraph.text.split(term).length - 1);
    const total = counts.reduce((sum, count) => sum + count, 0);
    expect(paragraphs.length).toBeGreaterThan(1);
    // Land on the second paragraph with hits: its first occurrence is number counts[0] + 1.
    const target = paragraphs[1];
    await page.goto(`/${slug}/?hl=${encodeURIComponent(term)}#p${target.n}`);
    const bar = page.getByRole('group', { name: '本文中的检索词' });
    await expect(bar).toContainText(`第 ${counts[0] + 1} / ${total} 处`);
    for (const [i, paragraph] of paragraphs.entries()) {
      await expect(page.locator(`#p${paragraph.n} > p mark`), `p${paragraph.n}`).toHaveText(Array(counts[i]).fill(term));
    }
    await expect(page.locator('mark.search-current')).toHaveCount(1);
    await expect(page.locator(`#p${target.n} mark.search-current`)).toHaveCount(1);

    await bar.getByRole('button', { name: '上一处' }).click();
    await expect(bar).toContainText(`第 ${counts[0]} / ${total} 处`);
    await expect(page.locator(`#p${paragraphs[0].n} mark.search-current`)).toHaveCount(1);
    await expect(page.locator(`#p${paragraphs[0].n}`)).toHaveClass(/search-landing/);
    await expect(page.locator(`#p${paragraphs[0].n} mark.search-current`)).toBeInViewport();

    // Round the document: back from the first goes to the last.
    for (let i = 1; i < counts[0]; i++) await bar.getByRole('button', { name: '上一处' }).click();
    await expect(bar).toContainText(`第 1 / ${total} 处`);
    await bar.getByRole('button', { name: '上一处' }).click();
    await expect(bar).toContainText(`第 ${total} / ${total} 处`);
    await expect(page.locator(`#p${paragraphs.at(-1)!.n} mark.search-current`)).toHaveCount(1);
    await bar.getByRole('button', { name: '下一处' }).click();
    await expect(bar).toContainText(`第 1 / ${total} 处`);
  });
});

test.describe('accessibility', () => {
  // axe is injected as a script; the pages' Content-Security-Policy would refuse it.
  test.use({ bypassCSP: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      test(`the concordance is axe-clean (${colorScheme}, ${width} px)`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        await openKwic(page, '反恐', 'left');
        await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
        const violations = await page.evaluate(async () => {
          // @ts-expect-error axe is the global the script above defines
          const result = await (window.axe as typeof import('axe-core')).run(document, { resultTypes: ['violations'] });
          return result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
        });
        expect(violations).toEqual([]);
        // Nothing wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  }
});
