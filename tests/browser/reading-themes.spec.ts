import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { highlightedNumbers } from './reading-helpers.ts';

// Screenshots for a human to look at; the assertions next to them check what can be checked.
const SCREENS = '/tmp/screens';
mkdirSync(SCREENS, { recursive: true });

/**
 * A screenshot for a human to look at: Chromium sometimes answers a capture
 * right after a navigation with "Unable to capture screenshot" (a protocol
 * error, not a page fault), so it is asked once more; nothing is asserted on it.
 */
async function screenshot(page: Page, options: Parameters<Page['screenshot']>[0]): Promise<void> {
  await page.screenshot(options).catch(() => page.screenshot(options));
}

const luminance = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });

for (const width of [375, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('light and dark follow the system', async ({ page }) => {
      await page.goto('/2011-astana-declaration/');
      expect(await luminance(page)).toBeGreaterThan(0.9);
      await screenshot(page, { path: `${SCREENS}/doc-light-${width}.png` });
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await luminance(page)).toBeLessThan(0.15);
      await screenshot(page, { path: `${SCREENS}/doc-dark-${width}.png` });
      await page.goto('/2024-astana-declaration/#p12-p13');
      await expect.poll(() => highlightedNumbers(page)).toEqual([12, 13]);
      await screenshot(page, { path: `${SCREENS}/doc-dark-range-${width}.png` });
      await page.goto('/2011-astana-declaration/#p41');
      await screenshot(page, { path: `${SCREENS}/doc-dark-closing-${width}.png` });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto('/');
      await screenshot(page, { path: `${SCREENS}/home-light-${width}.png`, fullPage: true });
      await page.goto('/nope/');
      await screenshot(page, { path: `${SCREENS}/404-light-${width}.png` });
    });

    test('print keeps paragraph numbers and the source line, drops navigation', async ({ page }) => {
      await page.goto('/2011-astana-declaration/#p3');
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.document-nav')).toBeHidden();
      await expect(page.locator('.toc')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      await expect(page.locator('#p3 .paragraph-actions')).toBeHidden();
      await expect(page.locator('#p41 > a')).toBeVisible();
      await expect(page.locator('.source-line')).toBeVisible();
      await expect(page.getByText(/^http.*\/2011-astana-declaration\/$/)).toBeVisible();
      await screenshot(page, { path: `${SCREENS}/doc-print-${width}.png`, fullPage: true, clip: { x: 0, y: 0, width, height: 1400 } });
      const top = await page.locator('.closing').evaluate((element) => element.getBoundingClientRect().top + scrollY);
      const clip = { x: 0, y: top - 300, width, height: 900 };
      await screenshot(page, { path: `${SCREENS}/doc-print-closing-${width}.png`, fullPage: true, clip });
    });
  });
}

test.describe('320 px, the narrowest supported width', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing overflows the viewport horizontally', async ({ page }) => {
    for (const path of ['/', '/2011-astana-declaration/', '/2017-astana-heads-of-state-communique/#p3', '/nope/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await page.goto('/2011-astana-declaration/#p6');
    await screenshot(page, { path: `${SCREENS}/doc-light-320.png` });
  });
});

test('the theme toggle overrides the system and persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: '深色模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await luminance(page)).toBeLessThan(0.15);
  await page.goto('/2024-astana-declaration/');
  await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');
  expect(await luminance(page)).toBeLessThan(0.15);
  await page.getByRole('button', { name: '深色模式' }).click();
  expect(await luminance(page)).toBeGreaterThan(0.9);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
});
