import { expect, test } from '@playwright/test';
import { highlightedNumbers } from './reading-helpers.ts';

test.describe('a run of paragraphs by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('tap 选多段, then tap another paragraph: the same #pN-pM and highlight as Shift+click', async ({ page }) => {
    await page.goto('/2024-astana-declaration/#p7');
    await page.locator('#p7').getByRole('button', { name: '选多段' }).tap();
    await expect(page.locator('#p7').getByRole('button', { name: '选多段' })).toHaveAttribute('aria-pressed', 'true');
    await page.locator('#p4 > p').tap();
    await expect(page).toHaveURL(/#p4-p7$/);
    expect(await highlightedNumbers(page)).toEqual([4, 5, 6, 7]);
    // The action bar follows the run, and the mode is over: a tap on a paragraph number chooses that paragraph alone.
    await expect(page.locator('#p7 .paragraph-actions')).toBeVisible();
    await expect(page.locator('#p7').getByRole('button', { name: '选多段' })).toHaveAttribute('aria-pressed', 'false');
    await page.locator('#p9 > a').tap();
    await expect(page).toHaveURL(/#p9$/);
    await expect.poll(() => highlightedNumbers(page)).toEqual([9]);
  });
});

test.describe('a run of paragraphs by keyboard', () => {
  test('Enter on 选多段, then Enter on another paragraph number; Escape leaves the mode', async ({ page }) => {
    await page.goto('/2017-astana-declaration/#p5');
    const button = page.locator('#p5').getByRole('button', { name: '选多段' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '请点选另一段' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('#p8 > a').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#p5-p8$/);
    expect(await highlightedNumbers(page)).toEqual([5, 6, 7, 8]);
  });
});

test.describe('the paragraph tools load on use', () => {
  test('a Shift+click made while they are still loading is not lost', async ({ page, context }) => {
    // Hold the tools back, so that the click surely comes first.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/paragraph-tools\.[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/2011-astana-declaration/#p12');
    await page.locator('#p15 > a').click({ modifiers: ['Shift'] });
    release();
    await expect(page).toHaveURL(/#p12-p15$/);
    await expect.poll(() => highlightedNumbers(page)).toEqual([12, 13, 14, 15]);
    expect(context.pages()).toHaveLength(1);
  });

  test('a page opened without an anchor loads no paragraph tools until the reader acts', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto('/2024-astana-declaration/', { waitUntil: 'networkidle' });
    expect(loaded.filter((path) => path.includes('paragraph-tools'))).toEqual([]);
    await page.locator('#p3 > a').click();
    await expect(page.locator('#p3 .paragraph-actions')).toBeVisible();
  });
});
