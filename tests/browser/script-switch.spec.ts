import { expect, test, type Page } from '@playwright/test';
import { highlightedNumbers, permalinkTexts, records } from './reading-helpers.ts';

// Expected traditional forms are reviewed by hand (OpenCC cn→tw): phrase-aware
// (后果 → 後果, not 後/后 by character), and no Taiwan vocabulary (支持, 信息 stay).
const paragraphText = (page: Page, n: number) => page.locator(`#p${n} > p`);

async function chooseTraditional(page: Page) {
  await page.getByRole('button', { name: '繁體' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('上海合作組織成員國元首理事會阿斯塔納宣言');
}

test.describe('繁體 / 简体', () => {
  test('switches the title, headings, paragraphs and closing block, and back exactly', async ({ page }) => {
    await page.goto('/2024-astana-declaration/');
    await expect(page.getByRole('button', { name: '简体' })).toHaveAttribute('aria-pressed', 'true');
    const published = await permalinkTexts(page);
    await chooseTraditional(page);
    await expect(page.getByRole('button', { name: '繁體' })).toHaveAttribute('aria-pressed', 'true');
    await expect(paragraphText(page, 108)).toHaveText('成員國願在緊急情況預警和應對、消除災害後果方面加強合作。成員國積極評價上合組織緊急救災領域合作，願在安全生產等領域加強交流互鑑。');
    await expect(paragraphText(page, 13)).toContainText('支持中亞國家為維護本國和地區和平、安全與穩定所作的努力');
    await expect(page.locator('.document-body')).toHaveAttribute('lang', 'zh-TW');
    // The interface stays as it is: the search box and the site name are not text of the document.
    await expect(page.getByRole('banner')).toContainText('上合文献库');
    await page.getByRole('button', { name: '简体' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('上海合作组织成员国元首理事会阿斯塔纳宣言');
    expect(await permalinkTexts(page)).toEqual(published);
  });

  test('keeps Taiwan vocabulary out: 支持 and 信息 stay', async ({ page }) => {
    await page.goto('/2017-astana-foreign-ministers-communique/');
    await page.getByRole('button', { name: '繁體' }).click();
    await expect(paragraphText(page, 9)).toContainText('外長們支持進一步加強成員國');
    await expect(paragraphText(page, 9)).toContainText('鞏固國際信息安全');
  });

  test('the choice is remembered: a simplified link opened later shows traditional, anchors and actions work', async ({ page }) => {
    await page.goto('/2024-astana-declaration/');
    await chooseTraditional(page);
    await page.goto('/2017-astana-declaration/#p3-p4');
    await expect(page.getByRole('button', { name: '繁體' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('上海合作組織成員國元首阿斯塔納宣言');
    expect(await highlightedNumbers(page)).toEqual([3, 4]);
    await expect(page.locator('.closing li').first()).toHaveText(/^哈薩克斯坦共和國總統\s*努·納扎爾巴耶夫$/);
    // The action bar is interface, not text: it stays as it is.
    await expect(page.locator('#p4 .paragraph-actions').getByRole('button', { name: '复制链接' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('上海合作組織成員國元首阿斯塔納宣言');
  });

  test.describe('with the clipboard', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test('copy citation cites the published simplified title', async ({ page }) => {
      await page.goto('/2024-astana-declaration/#p12');
      await chooseTraditional(page);
      await page.locator('#p12').getByRole('button', { name: '复制引文' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^上海合作组织\. 上海合作组织成员国元首理事会阿斯塔纳宣言\[EB\/OL\]\. 第12段\(2024-07-04\)\[\d{4}-\d{2}-\d{2}\]\. http.*\/2024-astana-declaration\/#p12\.$/);
    });
  });

  test('a search landing keeps its marks in traditional', async ({ page }) => {
    await page.goto('/2024-astana-declaration/');
    await chooseTraditional(page);
    await page.goto('/2024-astana-declaration/?hl=发展#p40');
    await expect(paragraphText(page, 40)).toContainText('實現和平、發展所作努力');
    await expect(page.locator('#p40 mark')).toHaveText(['發展']);
    const record = records.find((entry) => entry.id === '2024-astana-declaration/p40')!;
    expect(record.text).toContain('和平、发展所作努力');
    // Moving to another paragraph on the same landing marks its terms too.
    expect(records.find((entry) => entry.id === '2024-astana-declaration/p13')!.text).toContain('经济社会发展发挥积极作用');
    await page.evaluate(() => (location.hash = '#p13'));
    await expect(page.locator('#p13 mark').first()).toHaveText('發展');
    await expect(paragraphText(page, 13)).toContainText('經濟社會發展發揮積極作用');
    await expect(paragraphText(page, 40)).toContainText('實現和平、發展所作努力');
  });
});
