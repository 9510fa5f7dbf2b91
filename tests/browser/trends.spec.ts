import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { readDocuments } from '../../src/content/document-schema.ts';
import { PROJECT_ROOT } from '../helpers/project.ts';
import { characterCount, termTruth } from '../helpers/term-counts.ts';
import { records } from './reading-helpers.ts';
// Any Content-Security-Policy violation fails a test.
import { expect, test } from './search/fixtures.ts';

// The trends page against plain string scans of the paragraph records the build was made from.
// 合作 occurs several times in some paragraphs, so occurrences and paragraphs differ.
const TERMS = ['上海精神', '命运共同体', '合作'];
const documents = await readDocuments(PROJECT_ROOT);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const truths = new Map(TERMS.map((term) => [term, termTruth(records, term)]));

test('the terms tell occurrences from paragraphs', () => {
  expect([...truths.get('合作')!.values()].some((truth) => truth.occurrences > truth.paragraphs.length)).toBe(true);
});

async function open(page: Page, terms: readonly string[]) {
  await page.goto(`/trends/?${terms.map((term) => `t=${encodeURIComponent(term)}`).join('&')}`);
  await page.locator('#trends-result[data-terms]').waitFor();
}

/** The table as shown: per row, its document and per term and measure the cell's text. */
function shownTable(page: Page) {
  return page.locator('#trends-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      document: (row as HTMLElement).dataset.document!,
      date: row.querySelector('time')!.getAttribute('datetime')!,
      cells: Object.fromEntries([...row.querySelectorAll<HTMLElement>('td[data-term]')].map((cell) => [`${cell.dataset.term}/${cell.dataset.measure}`, cell.textContent])),
    })),
  );
}

test.describe('trends page', () => {
  test('counts each term’s paragraphs and occurrences in every document, in date order, as a scan of the texts does', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await open(page, TERMS);
    // From the index alone: no paragraph text, no data file.
    expect(fetched.filter((path) => path.startsWith('/search/text/') || path.startsWith('/data/'))).toEqual([]);
    expect(fetched.some((path) => path.startsWith('/pagefind/index/'))).toBe(true);
    const rows = await shownTable(page);
    expect(rows.map((row) => row.document).sort()).toEqual([...documents.keys()].sort());
    const dates = rows.map((row) => row.date);
    expect(dates).toEqual([...dates].sort());
    for (const row of rows) {
      expect(row.date).toBe(isoDay(documents.get(row.document)!.date));
      const characters = characterCount(records, row.document);
      for (const term of TERMS) {
        const truth = truths.get(term)!.get(row.document)!;
        expect([row.document, term, row.cells[`${term}/paragraphs`], row.cells[`${term}/occurrences`]]).toEqual([row.document, term, String(truth.paragraphs.length), String(truth.occurrences)]);
        expect(row.cells[`${term}/rate`]).toBe(((truth.occurrences / characters) * 10_000).toFixed(2));
      }
    }
    // A count links to that search within that document, which finds as many paragraphs.
    const [term, slug] = TERMS.flatMap((t) => rows.filter((row) => row.cells[`${t}/paragraphs`] !== '0').map((row) => [t, row.document])).at(-1)!;
    await page.locator(`#trends-table tr[data-document="${slug}"] td[data-term="${term}"][data-measure="paragraphs"] a`).click();
    await page.waitForURL(/\/search\//);
    await page.locator('#search-results[aria-busy="false"][data-total]').waitFor();
    await expect(page.locator('#search-results')).toHaveAttribute('data-total', String(truths.get(term)!.get(slug)!.paragraphs.length));
    await expect(page.locator('.result-document')).toHaveCount(1);
    await expect(page.locator('.result-document')).toHaveAttribute('data-document', slug);
  });

  test('names each term’s first and last document, linked to the first and last paragraph', async ({ page }) => {
    await open(page, TERMS);
    const ordered = (await shownTable(page)).map((row) => row.document);
    for (const term of TERMS) {
      const truth = truths.get(term)!;
      const holding = ordered.filter((slug) => truth.get(slug)!.occurrences > 0);
      const row = page.locator(`.trends-summary tr[data-term="${term}"]`);
      if (holding.length === 0) {
        await expect(row.locator('[data-place="first"]')).toHaveText('—');
        continue;
      }
      const first = holding[0];
      const last = holding.at(-1)!;
      const firstHref = await row.locator('[data-place="first"] a').getAttribute('href');
      const lastHref = await row.locator('[data-place="last"] a').getAttribute('href');
      expect(firstHref).toMatch(new RegExp(`^/${first}/\\?hl=.+#p${truth.get(first)!.paragraphs[0]}$`));
      expect(lastHref).toMatch(new RegExp(`^/${last}/\\?hl=.+#p${truth.get(last)!.paragraphs.at(-1)}$`));
    }
  });

  test('draws one line per term with a point per document, hidden from screen readers, the table being its text', async ({ page }) => {
    await open(page, TERMS);
    const chart = page.locator('#trends-chart svg');
    await expect(chart).toHaveAttribute('aria-hidden', 'true');
    await expect(chart.locator('path.trends-line')).toHaveCount(TERMS.length);
    await expect(chart.locator('circle.trends-point')).toHaveCount(TERMS.length * documents.size);
    await expect(chart.locator('.trends-legend-label')).toHaveText(TERMS);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
  });

  test('exports the table as CSV (the issue’s columns, one row per document × term) and the chart as an SVG file', async ({ page }) => {
    await open(page, TERMS);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV', exact: true }).click()]);
    const text = await readFile((await csvDownload.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe('\ufeffdocument,date,kind,council,term,paragraphs,occurrences,characters');
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(documents.size * TERMS.length);
    const expected = [...documents.values()].flatMap((document) =>
      TERMS.map((term) => ({
        document: document.slug,
        date: isoDay(document.date),
        kind: document.kind,
        council: document.council,
        term,
        paragraphs: String(truths.get(term)!.get(document.slug)!.paragraphs.length),
        occurrences: String(truths.get(term)!.get(document.slug)!.occurrences),
        characters: String(characterCount(records, document.slug)),
      })),
    );
    const key = (row: Record<string, string>) => `${row.document}/${row.term}`;
    expect(rows.toSorted((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.toSorted((a, b) => key(a).localeCompare(key(b))));

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出图表（SVG）' }).click()]);
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    const parsed = await page.evaluate((source) => {
      const file = new DOMParser().parseFromString(source, 'image/svg+xml');
      return { error: file.querySelector('parsererror') !== null, root: file.documentElement.localName, lines: file.querySelectorAll('path').length, legend: [...file.querySelectorAll('text')].map((t) => t.textContent) };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('svg');
    expect(parsed.lines).toBe(TERMS.length);
    expect(parsed.legend).toEqual(expect.arrayContaining(TERMS));
  });

  test('counts traditional input in simplified, and says so', async ({ page }) => {
    await open(page, ['命運共同體']);
    await expect(page.locator('#trends-status')).toContainText('“命運共同體”已按简体“命运共同体”统计');
    const total = [...truths.get('命运共同体')!.values()].reduce((sum, truth) => sum + truth.occurrences, 0);
    await expect(page.locator('.trends-summary tr[data-term="命运共同体"] td').nth(1)).toHaveText(String(total));
  });

  test('names a term it cannot count', async ({ page }) => {
    await open(page, ['上海精神', '《联合国宪章》']);
    await expect(page.locator('#trends-status')).toContainText('“《联合国宪章》”含标点');
    await expect(page.locator('.trends-summary tbody tr')).toHaveCount(1);
  });

  test('is reached from a search (跟踪这个提法) and from the home page', async ({ page }) => {
    await page.goto('/search/?q=上海精神 反恐');
    await page.getByRole('link', { name: '跟踪这个提法' }).click();
    await page.locator('#trends-result[data-terms]').waitFor();
    await expect(page.locator('#trends-result')).toHaveAttribute('data-terms', '上海精神 反恐');
    await page.goto('/');
    await page.getByRole('link', { name: '提法的变化' }).click();
    await expect(page).toHaveURL(/\/trends\/$/);
  });
});

test.describe('trends page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('submits the terms as a plain form', async ({ page }) => {
    await page.goto('/trends/');
    await expect(page.locator('#trends-documents')).toBeVisible();
    await page.getByLabel(/^提法/).fill('上海精神 反恐');
    await page.getByRole('button', { name: '统计' }).click();
    await page.waitForURL(/\/trends\/\?/);
    expect(new URL(page.url()).searchParams.getAll('t')).toEqual(['上海精神 反恐']);
  });
});

test('reads the terms of the plain form and writes one ?t= per term in the address', async ({ page }) => {
  await open(page, ['上海精神 反恐']);
  await expect(page.locator('#trends-result')).toHaveAttribute('data-terms', '上海精神 反恐');
  expect(new URL(page.url()).searchParams.getAll('t')).toEqual(['上海精神', '反恐']);
  await expect(page.getByLabel(/^提法/)).toHaveValue('上海精神 反恐');
});

test.describe('trends page accessibility', () => {
  // axe is injected as a script; the pages' Content-Security-Policy would refuse it.
  test.use({ bypassCSP: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const terms of [TERMS, []]) {
      test(`axe-core finds nothing, ${colorScheme} theme, ${terms.length} terms`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        if (terms.length > 0) await open(page, terms);
        else await page.goto('/trends/');
        await page.locator('#trends-documents:not([hidden])').waitFor();
        await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
        const result = await page.evaluate(() =>
          // @ts-expect-error axe is the global the script above defines
          (window.axe as typeof import('axe-core')).run(document, { resultTypes: ['violations'] }),
        );
        expect(result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
      });
    }
  }
});
