import { expect, test } from '@playwright/test';

test('a document page renders its paragraphs', async ({ page }) => {
  await page.goto('/2024-astana-declaration/');
  await expect(page.locator('[id^="p"].paragraph')).toHaveCount(120);
});
