// The query language on the five documents: each operator's total and hits
// against the oracle (tests/search/oracle.ts, its own reader of the grammar),
// the marks, the gap's filler table, the syntax help and malformed queries.
import { readDocuments } from '../../../src/content/document-schema.ts';
import { PROJECT_ROOT } from '../../helpers/project.ts';
import { expectedHits, expectedMarks, oracleParagraphs } from '../../search/oracle.ts';
import { expect, hitPermalinks, results, resultsFor, search, test } from './fixtures.ts';

const documents = await readDocuments(PROJECT_ROOT);
const status = (page: import('@playwright/test').Page) => page.locator('#search-status');
const textOf = (permalink: string) => {
  const [, slug, n] = /^\/([^/]+)\/#p(\d+)$/.exec(permalink)!;
  return oracleParagraphs.find((paragraph) => paragraph.document === slug && paragraph.n === Number(n))!.text;
};

const OPERATORS = [
  { query: '反恐|反极端', covers: 'OR' },
  { query: '恐怖主义 -极端主义', covers: 'NOT' },
  { query: '"上海精神"', covers: 'quoted phrase' },
  { query: '“上海精神”', covers: 'Chinese quotation marks: exact punctuation' },
  { query: '"贩毒、武器走私"', covers: 'quoted phrase with punctuation' },
  { query: '打击*主义', covers: 'gap' },
  { query: '(反恐 | 恐怖) -阿富汗', covers: 'parentheses' },
  { query: '恐怖主義 | 極端主義', covers: 'traditional OR' },
  { query: '合作 -恐怖主義', covers: 'traditional NOT' },
];

for (const { query, covers } of OPERATORS) {
  test(`${covers}: “${query}” totals and lists exactly the oracle’s paragraphs, marked as the oracle marks them`, async ({ page }) => {
    const expected = expectedHits(query);
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await resultsFor(page, query);
    const region = results(page);
    if ((await region.getAttribute('data-total-approximate')) !== null) {
      // 约 N: an upper bound until the one action that checks every paragraph.
      expect(Number(await region.getAttribute('data-total'))).toBeGreaterThanOrEqual(expected.length);
      await expect(status(page)).toContainText('约');
      await page.locator('#search-exact').click();
      await resultsFor(page, query);
      await expect(region).not.toHaveAttribute('data-total-approximate');
    }
    await expect(region).toHaveAttribute('data-total', String(expected.length));
    const shown = await page.locator('#search-results .hit').evaluateAll((items) =>
      items.map((item) => ({
        permalink: `${item.querySelector<HTMLAnchorElement>('a.hit-link')!.pathname}${item.querySelector<HTMLAnchorElement>('a.hit-link')!.hash}`,
        marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent),
      })),
    );
    for (const { permalink, marks } of shown) expect(marks, permalink).toEqual(expectedMarks(textOf(permalink), query));
    expect(await hitPermalinks(page)).toEqual(expected);
  });
}

test('a gap query shows what fills its * with counts and first years, each a link to that exact string', async ({ page }) => {
  const query = '打击*主义';
  // The oracle's spans of the gap (no other term here), per paragraph, with the paragraph's year.
  const expected = new Map<string, { count: number; firstYear: string }>();
  for (const permalink of expectedHits(query)) {
    const year = String(documents.get(permalink.split('/')[1])!.date.getUTCFullYear());
    for (const span of expectedMarks(textOf(permalink), query)) {
      const row = expected.get(span) ?? { count: 0, firstYear: year };
      expected.set(span, { count: row.count + 1, firstYear: year < row.firstYear ? year : row.firstYear });
    }
  }
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await resultsFor(page, query);
  const table = page.getByRole('table', { name: /\* 处的用字/ });
  await expect(table).toBeVisible();
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    (trs as HTMLTableRowElement[]).map((tr) => ({ span: tr.querySelector('a')!.dataset.span!, filler: tr.querySelector('a')!.textContent!, count: tr.cells[1].textContent!, year: tr.cells[2].textContent! })),
  );
  expect(new Map(rows.map((row) => [row.span, { count: Number(row.count), firstYear: row.year }]))).toEqual(expected);
  for (const row of rows) expect(`打击${row.filler}主义`).toBe(row.span);
  // Most frequent first.
  expect(rows.map((row) => Number(row.count))).toEqual(rows.map((row) => Number(row.count)).toSorted((a, b) => b - a));
  const first = rows[0];
  await table.getByRole('link', { name: first.filler, exact: true }).first().click();
  await resultsFor(page, first.span);
  expect(new URL(page.url()).searchParams.get('q')).toBe(first.span);
  expect(await hitPermalinks(page)).toEqual(expectedHits(`"${first.span}"`));
});

test('the syntax help opens with examples', async ({ page }) => {
  await page.goto('/search/');
  const help = page.locator('details.search-syntax');
  await help.locator('summary').click();
  for (const example of ['反恐 | 反极端', '恐怖主义 -极端主义', '"上海精神"。', '构建*命运共同体']) await expect(help.getByText(example, { exact: true })).toBeVisible();
});

for (const [query, explanation] of [
  ['"unclosed', '引号没有配对'],
  ['-', '- 后面缺少要排除的词'],
  ['反恐 |', '| 的两边都要有检索词'],
  ['构建*', '* 的两边都要有字词'],
  ['-极端主义', '只有排除词'],
]) {
  test(`a malformed query (${query}) gets a one-line explanation, no exception`, async ({ page }) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto('/search/');
    await search(page, '合作');
    await search(page, query);
    await expect(status(page)).toHaveAttribute('role', 'status');
    await expect(status(page)).toContainText('检索式有误');
    await expect(status(page)).toContainText(explanation);
    await expect(page.locator('.hit')).toHaveCount(0);
    await expect(results(page)).toHaveAttribute('data-total', '0');
    expect(errors).toEqual([]);
  });
}

test('a hit’s page marks what the hit marks: a gap’s whole span, no excluded term', async ({ page }) => {
  for (const query of ['打击*主义', '恐怖主义 -极端主义']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await resultsFor(page, query);
    const link = page.locator('#search-results a.hit-link').first();
    const href = (await link.getAttribute('href'))!;
    const permalink = `${href.split('?')[0]}${href.slice(href.indexOf('#'))}`;
    await link.click();
    const id = permalink.split('#')[1];
    await expect(page.locator(`[id="${id}"] mark`).first()).toBeVisible();
    expect(await page.locator(`[id="${id}"] mark`).allTextContents(), query).toEqual(expectedMarks(textOf(permalink), query));
  }
});

test('the address holds the query’s canonical text; a malformed one stays as typed', async ({ page }) => {
  await page.goto('/search/');
  await search(page, '反恐|反极端  ');
  expect(new URL(page.url()).searchParams.get('q')).toBe('反恐 | 反极端');
  await page.reload();
  await resultsFor(page, '反恐 | 反极端');
  expect(await hitPermalinks(page)).toEqual(expectedHits('反恐|反极端'));
  await search(page, '"上海');
  expect(new URL(page.url()).searchParams.get('q')).toBe('"上海');
});
