import { expect, test } from '@playwright/test';

// The 提法的新与旧 block of a document page, read as a reader does: closed at
// first, and each phrase's link lands on a paragraph whose text contains it.
for (const javaScriptEnabled of [false, true]) {
  test.describe(`the formulations block, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('is closed by default and opens; a new phrase lands on a paragraph that contains it', async ({ page }) => {
      await page.goto('/2024-astana-declaration/');
      const block = page.locator('details[data-formulations]');
      await expect(block).not.toHaveAttribute('open');
      const newLinks = block.locator('p', { hasText: '首次出现' }).locator('a[href^="#p"]');
      await expect(newLinks.first()).toBeHidden();
      await block.locator('summary').click();
      await expect(block).toHaveAttribute('open');
      const link = newLinks.first();
      const phrase = (await link.textContent())!;
      await link.click();
      const id = new URL(page.url()).hash.slice(1);
      expect(id).toMatch(/^p\d+$/);
      await expect(page.locator(`[id="${id}"]`)).toContainText(phrase);
    });

    test('a dropped phrase lands on the earlier paragraph that contains it', async ({ page }) => {
      await page.goto('/2024-astana-declaration/');
      const block = page.locator('details[data-formulations]');
      await block.locator('summary').click();
      const link = block.locator('p', { hasText: '不再出现' }).locator('a').first();
      const phrase = (await link.textContent())!;
      await link.click();
      await expect(page).toHaveURL(/\/2017-astana-declaration\/#p\d+$/);
      const id = new URL(page.url()).hash.slice(1);
      await expect(page.locator(`[id="${id}"]`)).toContainText(phrase);
      const here = await page.request.get('/data/2024-astana-declaration.json');
      const paragraphs: { text: string }[] = (await here.json()).paragraphs;
      expect(paragraphs.some(({ text }) => text.includes(phrase))).toBe(false);
    });
  });
}
