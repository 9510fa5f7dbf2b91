import { expect, test, type Page } from '@playwright/test';
import { countOf, records } from './reading-helpers.ts';

// The compare view, checked against the paragraph records the build was made from.
const textOf = (slug: string, n: number) => records.find((record) => record.document === slug && record.n === n)!.text;
const FM = '2017-astana-foreign-ministers-communique';
const HOS = '2017-astana-heads-of-state-communique';
const DECL_2017 = '2017-astana-declaration';
const DECL_2024 = '2024-astana-declaration';

async function open(page: Page, a: string, b: string, hash = '') {
  await page.goto(`/compare/?a=${a}&b=${b}${hash}`);
  await page.locator(`[data-compared="${a} ${b}"]`).waitFor();
}

/** Each row: its kind and the paragraph numbers on each side (the cells' ids). */
function rows(page: Page) {
  return page.locator('.compare-row').evaluateAll((items) =>
    items.map((item) => ({
      kind: (item as HTMLElement).dataset.kind,
      a: Number(item.querySelector('.compare-side-a[id]')?.id.slice(1)) || undefined,
      b: Number(item.querySelector('.compare-side-b[id]')?.id.slice(1)) || undefined,
    })),
  );
}

/** A side's text as a reader sees it, without the screen-reader labels. */
function sideText(page: Page, id: string) {
  return page.locator(`#${id} .compare-text`).evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((label) => label.remove());
    return copy.textContent;
  });
}

test.describe('compare view', () => {
  test('pairs the paragraphs named in the issue, in B’s order, and drops none', async ({ page }) => {
    for (const [a, b, pairs] of [
      [FM, HOS, [[14, 22, 'changed']]],
      [HOS, DECL_2017, [[19, 12, 'identical']]],
      [DECL_2017, DECL_2024, [[15, 49, 'changed'], [16, 10, 'changed']]],
    ] as const) {
      await open(page, a, b);
      const shown = await rows(page);
      for (const [n, m, kind] of pairs) expect(shown).toContainEqual({ kind, a: n, b: m });
      // Every paragraph of A once; B's in order.
      expect(shown.flatMap((row) => (row.a ? [row.a] : [])).sort((x, y) => x - y)).toEqual(Array.from({ length: countOf(a) }, (_, i) => i + 1));
      expect(shown.flatMap((row) => (row.b ? [row.b] : []))).toEqual(Array.from({ length: countOf(b) }, (_, i) => i + 1));
      // The summary counts the rows.
      const counts = { identical: 0, changed: 0, 'only-a': 0, 'only-b': 0 } as Record<string, number>;
      for (const row of shown) counts[row.kind!]++;
      await expect(page.locator('#compare-summary li')).toHaveText([`相同 ${counts.identical} 段`, `有改动 ${counts.changed} 段`, `仅见于甲 ${counts['only-a']} 段`, `仅见于乙 ${counts['only-b']} 段`]);
    }
  });

  test('each side of a changed pair reads as its own paragraph, deletions and insertions marked and labelled', async ({ page }) => {
    await open(page, FM, HOS);
    expect(await sideText(page, 'a14')).toBe(textOf(FM, 14));
    expect(await sideText(page, 'b22')).toBe(textOf(HOS, 22));
    await expect(page.locator('#a14 del').first()).toHaveText('［删去：外长］');
    await expect(page.locator('#b22 ins').first()).toHaveText('［增加：元首］');
    await expect(page.locator('#a14 ins, #b22 del')).toHaveCount(0);
    await expect(page.locator('#a14 del .visually-hidden').first()).toHaveCSS('position', 'absolute');
    // Every side of the comparison shows its record's exact text.
    const sides = await page.locator('.compare-side[id]').evaluateAll((cells) => cells.map((cell) => cell.id));
    for (const id of sides) expect(await sideText(page, id)).toBe(textOf(id[0] === 'a' ? FM : HOS, Number(id.slice(1))));
  });

  test('links each side to its paragraph and opens at the pair the address names', async ({ page }) => {
    await open(page, DECL_2017, DECL_2024, '#b49');
    await expect(page.locator('#a15 a.compare-number')).toHaveAttribute('href', `/${DECL_2017}/#p15`);
    await expect(page.locator('#b49 a.compare-number')).toHaveAttribute('href', `/${DECL_2024}/#p49`);
    await expect(page.locator('.compare-row.is-target')).toHaveCount(1);
    await expect(page.locator('.compare-row.is-target #b49')).toBeInViewport();
    await page.locator('#b49 a.compare-number').click();
    await expect(page).toHaveURL(new RegExp(`/${DECL_2024}/#p49$`));
  });

  test('the filter shows only changed pairs', async ({ page }) => {
    await open(page, HOS, DECL_2017);
    const changed = (await rows(page)).filter((row) => row.kind === 'changed').length;
    await page.getByLabel('只看有改动的段落').check();
    await expect(page.locator('.compare-row:visible')).toHaveCount(changed);
    await expect(page.locator('.compare-row[data-kind="changed"]:visible')).toHaveCount(changed);
    await page.getByLabel('只看有改动的段落').uncheck();
    await expect(page.locator('.compare-row:visible')).toHaveCount((await rows(page)).length);
  });

  test('two menus pick the documents by keyboard and give a shareable address', async ({ page }) => {
    await page.goto(`/${DECL_2017}/`);
    await page.getByRole('link', { name: '与其他文件比较' }).click();
    await expect(page).toHaveURL(`/compare/?a=${DECL_2017}`);
    await expect(page.getByLabel('文件甲')).toHaveValue(DECL_2017);
    await expect(page.locator('#compare-status')).toHaveText('请选择两份文件，然后按“比较”。');
    await page.getByLabel('文件乙').focus();
    await page.getByLabel('文件乙').selectOption(DECL_2024);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '比较', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/compare/?a=${DECL_2017}&b=${DECL_2024}`);
    await page.locator(`[data-compared="${DECL_2017} ${DECL_2024}"]`).waitFor();
    await expect(page.getByLabel('文件乙')).toHaveValue(DECL_2024);
  });

  test('an unknown document is named, not fetched', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`/compare/?a=${DECL_2017}&b=no-such-document`);
    await expect(page.locator('#compare-status')).toHaveText('没有找到文件乙“no-such-document”，请从菜单中选择。');
    expect(fetched.filter((path) => path.startsWith('/data/'))).toEqual([]);
  });

  test('at 320 px the pairs are stacked and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await open(page, DECL_2017, DECL_2024);
    const a = (await page.locator('#a15').boundingBox())!;
    const b = (await page.locator('#b49').boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('prints the pairs without the menus', async ({ page }) => {
    await open(page, FM, HOS);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.compare-form')).toBeHidden();
    await expect(page.locator('.compare-filter')).toBeHidden();
    await expect(page.locator('#a14')).toBeVisible();
    await expect(page.locator('#a14 del').first()).toHaveCSS('text-decoration-line', 'line-through');
    await expect(page.locator('#b22 ins').first()).toHaveCSS('text-decoration-line', 'underline');
  });
});

test.describe('related paragraphs', () => {
  test('load on demand and link to the paragraph and to the comparison at that pair', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`/${DECL_2017}/#p16`);
    await expect(page.locator('#p16 .paragraph-actions')).toBeVisible();
    expect(fetched.filter((path) => path.startsWith('/data/'))).toEqual([]);

    const button = page.getByRole('button', { name: '相关段落' });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = page.getByRole('region', { name: '第16段的相关段落' });
    await expect(list.locator('li')).toHaveCount(1);
    await expect(list.locator('li')).toContainText('相似度 46%');
    await expect(list.getByRole('link').first()).toHaveAttribute('href', `/${DECL_2024}/#p10`);
    expect(fetched.filter((path) => path.startsWith('/data/'))).toEqual([`/data/related/${DECL_2017}.json`]);

    await list.getByRole('link', { name: /^逐段比较/ }).click();
    await expect(page).toHaveURL(`/compare/?a=${DECL_2017}&b=${DECL_2024}#a16`);
    await page.locator('[data-compared]').waitFor();
    await expect(page.locator('.compare-row.is-target #b10')).toBeVisible();
  });

  test('list up to five, most similar first, and close when another paragraph is chosen', async ({ page }) => {
    await page.goto(`/${DECL_2017}/#p15`);
    const button = page.getByRole('button', { name: '相关段落' });
    await button.press('Enter');
    const items = page.getByRole('region', { name: '第15段的相关段落' }).locator('li');
    await expect(items).toHaveCount(3);
    const shown = await items.evaluateAll((elements) => elements.map((element) => Number(/相似度 (\d+)%/.exec(element.textContent!)![1])));
    expect(shown).toEqual([...shown].sort((x, y) => y - x));
    // A comparison runs from the earlier document to the later one, opened at this paragraph.
    await expect(items.filter({ hasText: '外交部长' }).getByRole('link', { name: /^逐段比较/ })).toHaveAttribute('href', `/compare/?a=${FM}&b=${DECL_2017}#b15`);
    await page.locator('#p20 > a').click();
    await expect(page.locator('#p20 .paragraph-actions')).toBeVisible();
    await expect(page.getByRole('button', { name: '相关段落' })).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('[data-related-panel]')).toBeHidden();
  });
});
