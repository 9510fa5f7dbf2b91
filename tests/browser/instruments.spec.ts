import { expect, test } from '@playwright/test';
import { permalinkTexts, records } from './reading-helpers.ts';

// The instruments cited, in Chromium: a title on a reading page leads to its
// instrument page, which leads back to the paragraph; the table sorts.
const TITLE = /《([^《》]*)》/g;

test('a title on a reading page leads to its instrument page, and that page back to the paragraph', async ({ page }) => {
  const record = records.find(({ document, text }) => document === '2024-astana-declaration' && text.includes('《联合国宪章》'))!;
  await page.goto('/2024-astana-declaration/');
  // The links change no paragraph's text.
  expect((await permalinkTexts(page)).find(({ id }) => id === `p${record.n}`)?.text).toBe(record.text);
  await page.locator(`#p${record.n} p`).getByRole('link', { name: '《联合国宪章》' }).first().click();
  await expect(page).toHaveURL(/\/instruments\/%E8%81%94%E5%90%88%E5%9B%BD%E5%AE%AA%E7%AB%A0\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('《联合国宪章》');
  const mentions = records.filter(({ text }) => text.includes('《联合国宪章》'));
  await expect(page.locator('.instruments-mentions > li')).toHaveCount(mentions.length);
  await page.getByRole('link', { name: `上海合作组织成员国元首理事会阿斯塔纳宣言 第${record.n}段` }).click();
  await expect(page).toHaveURL(new RegExp(`/2024-astana-declaration/#p${record.n}$`));
  await expect(page.locator(`#p${record.n}`)).toBeInViewport();
});

test('an instrument that is a document of the library links to it from each mention', async ({ page }) => {
  await page.goto('/2017-astana-foreign-ministers-communique/');
  await page.getByRole('link', { name: '《上合组织成员国元首阿斯塔纳宣言》' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('《上合组织成员国元首阿斯塔纳宣言》');
  await page.locator('.instruments-text mark').first().click();
  await expect(page).toHaveURL(/\/2017-astana-declaration\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('上海合作组织成员国元首阿斯塔纳宣言');
});

test('the table of instruments sorts by any column, and reads in its default order without', async ({ page }) => {
  const mentionCounts = Map.groupBy(records.flatMap(({ text }) => [...text.matchAll(TITLE)]), ([title]) => title);
  await page.goto('/instruments/');
  const counts = () => page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number((row as HTMLTableRowElement).cells[1].textContent)));
  const first = await counts();
  expect(first[0]).toBe(mentionCounts.get('《联合国宪章》')!.length);
  expect(first).toEqual(first.toSorted((a, b) => b - a));

  const byMentions = page.getByRole('columnheader', { name: '引述次数' });
  await expect(byMentions).toHaveAttribute('aria-sort', 'descending');
  await byMentions.getByRole('button').click();
  await expect(byMentions).toHaveAttribute('aria-sort', 'ascending');
  expect(await counts()).toEqual(first.toSorted((a, b) => a - b));

  const byYears = page.getByRole('columnheader', { name: '年份数' });
  await byYears.getByRole('button').click();
  await expect(byYears).toHaveAttribute('aria-sort', 'descending');
  await expect(byMentions).not.toHaveAttribute('aria-sort', /./);
  const years = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number((row as HTMLTableRowElement).cells[3].textContent)));
  expect(years).toEqual(years.toSorted((a, b) => b - a));
  await expect(page.locator('caption')).toHaveText('按年份数降序排列');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the table is there, most cited first, with no sort buttons', async ({ page }) => {
    await page.goto('/instruments/');
    await expect(page.locator('tbody tr').first().locator('th')).toHaveText('《联合国宪章》');
    await expect(page.locator('th button')).toHaveCount(0);
  });
});
