import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../helpers/project.ts';
import { records } from './reading-helpers.ts';

// The truth is the committed seed files, read here on their own: BOM dropped,
// CRLF or LF line ends, no line after the final line break.
const seedsDir = path.join(PROJECT_ROOT, 'seeds');
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => {
    const { slug } = parseYaml(readFileSync(path.join(seedsDir, name.replace(/\.txt$/, '.yaml')), 'utf8')) as { slug: string };
    const lines = readFileSync(path.join(seedsDir, name), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    return { slug, lines };
  });

const shownLines = (page: Page) =>
  page.locator('.seed-line').evaluateAll((elements) => elements.map((element) => ({ id: element.id, text: element.querySelector('.line-text')!.textContent })));

const highlightedLines = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.seed-line')]
      .filter((element) => !['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(element).backgroundColor))
      .map((element) => element.id),
  );

test.describe('the source view', () => {
  test('there is one seed per document', () => {
    expect(seeds.map((seed) => seed.slug).sort()).toEqual([...new Set(records.map((record) => record.document))].sort());
  });

  for (const { slug, lines } of seeds) {
    test(`${slug}: every seed line, numbered, exactly as committed`, async ({ page }) => {
      await page.goto(`/${slug}/source/`);
      expect(await shownLines(page)).toEqual(lines.map((text, i) => ({ id: `L${i + 1}`, text })));
      await expect(page.getByRole('link', { name: '返回阅读页' })).toHaveAttribute('href', `/${slug}/`);
    });
  }

  test('#L27-L29 highlights that run on arrival and scrolls to it; a single line is the :target', async ({ page }) => {
    await page.goto('/2024-astana-declaration/source/#L27-L29');
    await expect.poll(() => highlightedLines(page)).toEqual(['L27', 'L28', 'L29']);
    await expect(page.locator('#L27')).toBeInViewport();
    await page.goto('/2024-astana-declaration/source/#L100');
    expect(await highlightedLines(page)).toEqual(['L100']);
  });

  test('a reversed run is put in canonical form; Shift+click on a line number extends it', async ({ page }) => {
    await page.goto('/2017-astana-declaration/source/#L13-L11');
    await expect(page).toHaveURL(/#L11-L13$/);
    await page.locator('#L17 .line-number').click({ modifiers: ['Shift'] });
    await expect(page).toHaveURL(/#L11-L17$/);
    expect(await highlightedLines(page)).toEqual(['L11', 'L12', 'L13', 'L14', 'L15', 'L16', 'L17']);
  });

  test('a line past the end is reported', async ({ page }) => {
    await page.goto('/2017-astana-foreign-ministers-communique/source/#L999');
    await expect(page.getByRole('status')).toHaveText(`链接指向的行不存在：原文共${seeds.find((seed) => seed.slug === '2017-astana-foreign-ministers-communique')!.lines.length}行。`);
  });

  test('regions are marked: chrome dropped, title, signatories, provenance, section headings', async ({ page }) => {
    await page.goto('/2017-astana-declaration/source/');
    // Lines 1-8 of the Wikisource seed are page chrome (its metadata says so).
    await expect(page.locator('.seed-chrome').first().locator('.seed-label')).toContainText('已删去：维基文库页面框架');
    await expect(page.locator('.seed-chrome').first().locator('.seed-line')).toHaveCount(8);
    await expect(page.locator('.seed-title #L9')).toHaveCount(1);
    await expect(page.locator('.seed-signatories .seed-line').first()).toHaveId('L141');
    await expect(page.locator('.seed-provenance #L155')).toHaveCount(1);
    // The Wikisource seed is in traditional characters (script: traditional in its metadata).
    await expect(page.locator('.seed-lines')).toHaveAttribute('lang', 'zh-Hant');
    await page.goto('/2011-astana-declaration/source/');
    await expect(page.locator('.seed-provenance').first().locator('.seed-label')).toHaveText('移入来源说明：联合国文件页眉');
    // The UN layout puts section numbers (一 … 十) alone on a line.
    await expect(page.locator('.seed-heading .line-text').first()).toHaveText(/^\s*一\s*$/);
  });

  test('each body run links back to its paragraph, whose Han characters are those of its lines', async ({ page }) => {
    for (const slug of ['2024-astana-declaration', '2017-astana-heads-of-state-communique']) {
      await page.goto(`/${slug}/source/`);
      const runs = await page.locator('.seed-paragraph').evaluateAll((blocks) =>
        blocks.map((block) => ({
          href: block.querySelector('.seed-label a')!.getAttribute('href')!,
          text: [...block.querySelectorAll('.line-text')].map((line) => line.textContent).join(''),
        })),
      );
      const han = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');
      const byHref = Map.groupBy(runs, (run) => run.href);
      const expected = records.filter((record) => record.document === slug);
      expect([...byHref.keys()]).toEqual(expected.map((record) => `/${slug}/#p${record.n}`));
      for (const record of expected) expect(han(byHref.get(`/${slug}/#p${record.n}`)!.map((run) => run.text).join(''))).toBe(han(record.text));
    }
  });
});

test.describe('source lines of a paragraph', () => {
  test('a paragraph joined across a page break links to its lines and says what was done', async ({ page }) => {
    const seed = seeds.find((entry) => entry.slug === '2024-astana-declaration')!;
    const record = records.find((entry) => entry.id === '2024-astana-declaration/p12')!;
    // Its lines, found in the seed by the paragraph's first and last characters.
    const first = seed.lines.findIndex((line) => line.trim() !== '' && record.text.startsWith(line.trim())) + 1;
    const last = seed.lines.findIndex((line, i) => i + 1 > first && line.trim() !== '' && record.text.endsWith(line.trim())) + 1;
    expect(last).toBeGreaterThan(first + 1);
    expect(seed.lines.slice(first, last - 1).some((line) => line.trim() === '')).toBe(true);

    await page.goto('/2024-astana-declaration/#p12');
    const link = page.locator('#p12 .paragraph-actions').getByRole('link', { name: `原文第${first}—${last}行` });
    await expect(link).toHaveAttribute('href', `/2024-astana-declaration/source/#L${first}-L${last}`);
    const toggle = page.getByRole('button', { name: '本段整理说明' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#normalization-note')).toContainText(`原文第${first}—${last}行合为一段`);
    await expect(page.locator('#normalization-note')).toContainText(`第${last}行隔着空行（分页）接续上文`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/2024-astana-declaration/source/#L${first}-L${last}$`));
    await expect.poll(() => highlightedLines(page)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => `L${first + i}`));
  });

  test('a run of paragraphs links to the lines from the first to the last, and notes each paragraph', async ({ page }) => {
    await page.goto('/2017-astana-declaration/#p2-p3');
    await expect(page.locator('#p3 .paragraph-actions').getByRole('link', { name: /^原文第\d+—\d+行$/ })).toBeVisible();
    await page.getByRole('button', { name: '本段整理说明' }).click();
    await expect(page.locator('#normalization-note li')).toHaveText([/^第2段：繁体字转为简体/, /^第3段：繁体字转为简体/]);
  });

  test('the correction of a seed is named on its paragraph', async ({ page }) => {
    await page.goto('/2017-astana-foreign-ministers-communique/#p1');
    await page.getByRole('button', { name: '本段整理说明' }).click();
    await expect(page.locator('#normalization-note')).toContainText('行首的“人民网阿斯塔纳4月22日电（记者周翰博）”是新闻电头，移入来源说明');
  });
});
