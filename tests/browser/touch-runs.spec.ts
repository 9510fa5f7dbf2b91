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
    await page.locator('#p9 .paragraph-number').tap();
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
    await page.locator('#p8 .paragraph-number').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#p5-p8$/);
    expect(await highlightedNumbers(page)).toEqual([5, 6, 7, 8]);
  });
});
