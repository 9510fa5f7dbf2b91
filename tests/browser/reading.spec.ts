import { expect, test } from '@playwright/test';
import { browserToday, canonicalOf, countOf, highlightedNumbers, permalinkTexts, records, slugs } from './reading-helpers.ts';

test.describe('paragraph permalinks', () => {
  for (const slug of slugs) {
    test(`${slug} shows every paragraph record, once, with its exact text`, async ({ page }) => {
      await page.goto(`/${slug}/`);
      const expected = records
        .filter((record) => record.document === slug)
        .map((record) => ({ id: `p${record.n}`, className: 'paragraph', text: record.text }));
      expect(await permalinkTexts(page)).toEqual(expected);
    });
  }

  test('interface elements inside a paragraph are labelled or hidden, and the paragraph holds one text', async ({ page }) => {
    await page.goto('/2024-astana-declaration/#p3');
    await expect(page.locator('#p3 .paragraph-actions')).toBeVisible();
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('.paragraph > *:not(p)')]
        .filter((element) => !element.matches('[aria-label], [aria-hidden="true"], .paragraph > a'))
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    // With the action bar inside it, the paragraph still reduces to its text.
    const p3 = (await permalinkTexts(page)).find((entry) => entry.id === 'p3');
    expect(p3?.text).toBe(records.find((record) => record.id === '2024-astana-declaration/p3')?.text);
  });

  test('each paragraph number is read out as 第N段, in Chromium’s own accessibility tree', async ({ page }) => {
    const slug = '2011-astana-declaration';
    await page.goto(`/${slug}/`);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    // Chromium joins the generated text to the number with spaces (第 12 段), which speech reads as 第12段.
    const names = nodes.filter((node) => node.role?.value === 'link').map((node) => String(node.name?.value).replace(/\s+/g, ''));
    const expected = records.filter((record) => record.document === slug).map((record) => `第${record.n}段`);
    expect(names.filter((name) => /^第\d+段$/.test(name))).toEqual(expected);
    // What the eye sees is the bare number.
    await expect(page.locator('#p7 > a')).toHaveText('7');
  });

  test('the paragraph number links to its own anchor', async ({ page }) => {
    await page.goto('/2017-astana-declaration/');
    await page.locator('#p7 > a').click();
    await expect(page).toHaveURL(/#p7$/);
    expect(await highlightedNumbers(page)).toEqual([7]);
  });
});

test.describe('arriving at an anchor', () => {
  test('#pN scrolls the paragraph below the sticky header and highlights it', async ({ page }) => {
    await page.goto('/2024-astana-declaration/#p60');
    const header = await page.locator('.site-header').boundingBox();
    const target = await page.locator('#p60').boundingBox();
    expect(target!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    expect(target!.y).toBeLessThan(header!.height + 60);
    expect(await highlightedNumbers(page)).toEqual([60]);
  });

  test('#pN-pM highlights the run and scrolls to its start', async ({ page }) => {
    await page.goto('/2024-astana-declaration/#p12-p15');
    await expect.poll(() => highlightedNumbers(page)).toEqual([12, 13, 14, 15]);
    const header = await page.locator('.site-header').boundingBox();
    const start = await page.locator('#p12').boundingBox();
    expect(start!.y).toBeGreaterThanOrEqual(header!.height);
    expect(start!.y).toBeLessThan(header!.height + 60);
    await expect(page.locator('.reading-notice')).toBeHidden();
  });

  test('a hand-written run is read and its address put in canonical form', async ({ page }) => {
    await page.goto('/2017-astana-declaration/#p9-7');
    await expect(page).toHaveURL(/#p7-p9$/);
    expect(await highlightedNumbers(page)).toEqual([7, 8, 9]);
  });

  for (const hash of ['#p121', '#p0', '#p118-p130', '#nowhere']) {
    test(`a wrong anchor (${hash}) shows the top of the document and a notice`, async ({ page }) => {
      await page.goto(`/2024-astana-declaration/${hash}`);
      const notice = page.locator('.reading-notice');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(hash === '#nowhere' ? 'nowhere' : '本文共120段');
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(await highlightedNumbers(page)).toEqual([]);
    });
  }

  test('ids of other elements are not wrong anchors', async ({ page }) => {
    await page.goto('/2011-astana-declaration/#main');
    await expect(page.locator('.reading-notice')).toBeHidden();
    await page.getByRole('link', { name: /^三/ }).click();
    await expect(page.locator('.reading-notice')).toBeHidden();
    await expect(page.getByRole('heading', { name: '三', exact: true })).toBeInViewport();
  });

  test('changing the hash on the page is followed too', async ({ page }) => {
    await page.goto('/2024-astana-declaration/#p5');
    await page.evaluate(() => (location.hash = '#p200'));
    await expect(page.locator('.reading-notice')).toContainText('第200段');
    await page.evaluate(() => (location.hash = '#p30-p31'));
    await expect(page.locator('.reading-notice')).toBeHidden();
    await expect.poll(() => highlightedNumbers(page)).toEqual([30, 31]);
  });
});

test.describe('paragraph actions', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link puts the absolute permalink on the clipboard', async ({ page }) => {
    await page.goto('/2024-astana-declaration/#p12');
    await page.locator('#p12').getByRole('button', { name: '复制链接' }).click();
    const canonical = await canonicalOf(page);
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/2024-astana-declaration\/$/);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#p12`);
    await expect(page.locator('#p12 [role="status"]')).toHaveText('已复制第12段的链接');
  });

  test('copy citation gives the GB/T 7714 form with 第N段, the reader’s access date and the permalink', async ({ page }) => {
    await page.goto('/2024-astana-declaration/#p12');
    await page.locator('#p12').getByRole('button', { name: '复制引文' }).click();
    const canonical = await canonicalOf(page);
    const today = await browserToday(page);
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. 第12段(2024-07-04)[${today}]. ${canonical}#p12.`);
  });

  test('shift-clicking a second number selects the run and updates the address', async ({ page, context }) => {
    await page.goto('/2011-astana-declaration/');
    await page.locator('#p12 > a').click();
    await page.locator('#p15 > a').click({ modifiers: ['Shift'] });
    await expect(page).toHaveURL(/\/2011-astana-declaration\/#p12-p15$/);
    expect(context.pages()).toHaveLength(1);
    expect(await highlightedNumbers(page)).toEqual([12, 13, 14, 15]);

    // Backwards from the same starting paragraph.
    await page.locator('#p10 > a').click({ modifiers: ['Shift'] });
    await expect(page).toHaveURL(/#p10-p12$/);
    expect(await highlightedNumbers(page)).toEqual([10, 11, 12]);

    await page.locator('#p12').getByRole('button', { name: '复制引文' }).click();
    const canonical = await canonicalOf(page);
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`上海合作组织. 上海合作组织十周年阿斯塔纳宣言[EB/OL]. 第10—12段(2011-06-15)[${await browserToday(page)}]. ${canonical}#p10-p12.`);

    // The address that was written works when followed.
    await page.goto(page.url());
    await expect.poll(() => highlightedNumbers(page)).toEqual([10, 11, 12]);
  });

  test('the actions are reachable by keyboard', async ({ page }) => {
    await page.goto('/2017-astana-heads-of-state-communique/');
    await page.locator('#p4 > a').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#p4$/);
    await expect(page.locator('#p4 .paragraph-actions')).toBeVisible();
    // Following the fragment moves the Tab starting point to the start of the
    // paragraph: Tab goes through its number, then on to its actions.
    await page.keyboard.press('Tab');
    await expect(page.locator('#p4 > a')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#p4').getByRole('button', { name: '复制链接' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#p4 [role="status"]')).toHaveText('已复制第4段的链接');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the document reads and anchors highlight through :target', async ({ page }) => {
    await page.goto('/2017-astana-foreign-ministers-communique/#p20');
    expect((await permalinkTexts(page)).length).toBe(countOf('2017-astana-foreign-ministers-communique'));
    expect(await highlightedNumbers(page)).toEqual([20]);
    await expect(page.locator('#p20')).toBeInViewport();
    await expect(page.locator('.paragraph-actions')).toHaveCount(0);
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await expect(page.getByRole('link', { name: '上海合作组织成员国元首阿斯塔纳宣言' })).toBeVisible();
  });
});
