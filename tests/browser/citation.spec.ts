import { expect, test } from '@playwright/test';
import { bibliographyEntry, firstCitation, withAccessDate } from '../helpers/citeproc.ts';
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
    await block.getByRole('button', { name: '复制 GB/T 7714-2015 引文' }).click();
    await expect.poll(() => clipboard(page)).toBe(gbt);
    await expect(block.getByRole('status')).toHaveText('已复制 GB/T 7714-2015 格式的引文');
  });

  test('GB/T 7714 as shown is what citeproc-js makes of the served .csl.json with the official styles, given the reader’s day', async ({ page, request }) => {
    await page.goto('/2024-astana-declaration/');
    await page.getByText('引用与下载').click();
    const today = await browserToday(page);
    const [item] = await (await request.get('/data/2024-astana-declaration.csl.json')).json();
    const shown = page.locator('#cite-gbt');
    await expect(shown).toHaveText(bibliographyEntry('numeric', withAccessDate(item, today)).replace(/^\[1\] /, ''));
    await expect(shown).toHaveText(firstCitation('note', withAccessDate(item, today)));
  });

  test('a paragraph run’s 复制引文 is the official note style’s footnote of its permalink, with 第12—15段 where GB/T 7714 §4.6.2 puts 引文页码', async ({ page, request }) => {
    await page.goto('/2024-astana-declaration/#p12-p15');
    // The action bar of a run stands at its last paragraph.
    await page.locator('#p15').getByRole('button', { name: '复制引文' }).click();
    const today = await browserToday(page);
    const canonical = await canonicalOf(page);
    const [item] = await (await request.get('/data/2024-astana-declaration.csl.json')).json();
    // The styles print no locator for a web page; the page adds it before the date in parentheses.
    const footnote = firstCitation('note', withAccessDate({ ...item, URL: `${canonical}#p12-p15` }, today));
    expect(footnote).toBe(`上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. (2024-07-04)[${today}]. ${canonical}#p12-p15.`);
    await expect.poll(() => clipboard(page)).toBe(footnote.replace('[EB/OL]. (', '[EB/OL]. 第12—15段('));
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

  test('the block shows GB/T 7714 without an access date and asks for one outside the citation, Chicago, links every file, and has no dead buttons', async ({ page }) => {
    await page.goto('/2024-astana-declaration/');
    await page.getByText('引用与下载').click();
    const canonical = await canonicalOf(page);
    // What the served .csl.json gives in the official styles before a reference manager adds its access date.
    await expect(page.locator('#cite-gbt')).toHaveText(`上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. (2024-07-04). ${canonical}.`);
    await expect(page.locator('.cite-note')).toBeVisible();
    await expect(page.locator('.cite-note')).toContainText('引用日期');
    await expect(page.locator('#cite-chicago')).toContainText('July 4, 2024');
    // The formats fetched from their files are not shown empty: their downloads stand in for them.
    await expect(page.locator('[data-cite] dt:visible')).toHaveText(['GB/T 7714-2015', 'Chicago']);
    for (const name of ['BibTeX（.bib）', 'RIS（.ris）', 'CSL-JSON（.csl.json）']) await expect(page.getByRole('link', { name })).toBeVisible();
    await expect(page.locator('[data-cite] button:visible')).toHaveCount(0);
  });
});
