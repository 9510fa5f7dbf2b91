import { expect, test } from '@playwright/test';
import { browserToday, canonicalOf, permalinkTexts } from './reading-helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('the citation and download block', () => {
  test('shows every format, fills in today as the access date and copies GB/T 7714', async ({ page }) => {
    await page.goto('/2024-astana-declaration/');
    const block = page.locator('details', { hasText: '引用与下载' });
    await block.getByText('引用与下载').click();
    const today = await browserToday(page);
    const canonical = await canonicalOf(page);
    const gbt = `上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. (2024-07-04)[${today}]. ${canonical}.`;
    await expect(block.locator('#cite-gbt')).toHaveText(gbt);
    await block.getByRole('button', { name: '复制 GB/T 7714 引文' }).click();
    await expect.poll(() => clipboard(page)).toBe(gbt);
    await expect(block.getByRole('status')).toHaveText('已复制 GB/T 7714-2015 格式的引文');
  });

  test('copies the same BibTeX, RIS and CSL-JSON text that the download links serve', async ({ page, request }) => {
    await page.goto('/2024-astana-declaration/');
    const block = page.locator('details', { hasText: '引用与下载' });
    await block.getByText('引用与下载').click();
    await expect(block.locator('dt:visible')).toHaveText(['GB/T 7714-2015', 'Chicago', 'BibTeX', 'RIS', 'CSL-JSON']);
    for (const [label, file] of [
      ['BibTeX', '.bib'],
      ['RIS', '.ris'],
      ['CSL-JSON', '.csl.json'],
    ]) {
      await block.getByRole('button', { name: `复制 ${label} 引文` }).click();
      const served = await (await request.get(`/data/2024-astana-declaration${file}`)).text();
      // The page shows RIS with plain line ends; the file keeps the CRLF the format asks for.
      await expect.poll(() => clipboard(page)).toBe(served.replaceAll('\r\n', '\n'));
    }
    await expect(block.getByRole('button', { name: '复制 Chicago 引文' })).toBeVisible();
  });

  test('download links name their files', async ({ page }) => {
    await page.goto('/2024-astana-declaration/');
    await page.getByText('引用与下载').click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'BibTeX（.bib）' }).click();
    expect((await download).suggestedFilename()).toBe('2024-astana-declaration.bib');
  });

  test('/data/{slug}.json holds exactly the texts of the page’s #pN paragraphs', async ({ page }) => {
    await page.goto('/2011-astana-declaration/');
    const data = await page.evaluate(async () => (await fetch('/data/2011-astana-declaration.json')).json());
    const shown = await permalinkTexts(page);
    expect(data.paragraphs.map(({ n, text }: { n: number; text: string }) => ({ id: `p${n}`, text }))).toEqual(shown.map(({ id, text }) => ({ id, text })));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the block shows GB/T 7714 and Chicago, with a placeholder for the access date, links every file, and has no dead buttons', async ({ page }) => {
    await page.goto('/2024-astana-declaration/');
    await page.getByText('引用与下载').click();
    await expect(page.locator('#cite-gbt')).toContainText('(2024-07-04)[引用日期].');
    await expect(page.locator('#cite-chicago')).toContainText('July 4, 2024');
    // The formats fetched from their files are not shown empty: their downloads stand in for them.
    await expect(page.locator('[data-cite] dt:visible')).toHaveText(['GB/T 7714-2015', 'Chicago']);
    for (const name of ['BibTeX（.bib）', 'RIS（.ris）', 'CSL-JSON（.csl.json）']) await expect(page.getByRole('link', { name })).toBeVisible();
    await expect(page.locator('[data-cite] button:visible')).toHaveCount(0);
  });
});
