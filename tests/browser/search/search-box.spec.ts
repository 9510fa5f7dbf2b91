import { expect, search, searchBox, test } from './fixtures.ts';
import { expectedMarks, oracleParagraphs } from '../../search/oracle.ts';

test('a document page loads no search code until the box gets focus; "/" focuses it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/2017-astana-declaration/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/pagefind/') || /engine|search-page|search\.astro/.test(path))).toEqual([]);

  await page.locator('body').press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect.poll(() => requests.filter((path) => path.startsWith('/pagefind/pagefind'))).toContain('/pagefind/pagefind.js');
  // Inside the box "/" is just a character.
  await searchBox(page).press('/');
  await expect(searchBox(page)).toHaveValue('/');
});

test('"/" reaches the box from a facet checkbox too', async ({ page }) => {
  await page.goto('/search/');
  const checkbox = page.getByRole('checkbox', { name: /^宣言/ });
  await checkbox.focus();
  await checkbox.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
});

test('following a hit lands on the paragraph, highlighted, with the terms marked', async ({ page }) => {
  await page.goto('/search/');
  await search(page, '阿富汗 和平');
  const link = page.locator('a.hit-link').first();
  const href = (await link.getAttribute('href'))!;
  const target = new URL(href, page.url()).hash.slice(1);
  await link.click();
  await page.waitForURL((url) => url.hash === `#${target}`);
  const paragraph = page.locator(`[id="${target}"]`);
  await expect(paragraph).toHaveClass(/search-landing/);
  const marks = paragraph.locator('mark');
  expect(new Set(await marks.allTextContents())).toEqual(new Set(['阿富汗', '和平']));
  // Elsewhere in the document, every occurrence of either term is marked, for 上一处 / 下一处 (the oracle's marks, paragraph by paragraph).
  const slug = new URL(href, page.url()).pathname.split('/')[1];
  const expected = oracleParagraphs.filter((paragraph) => paragraph.document === slug).flatMap((paragraph) => expectedMarks(paragraph.text, '阿富汗 | 和平'));
  expect(await page.locator('.paragraph > p mark').allTextContents()).toEqual(expected);
});
