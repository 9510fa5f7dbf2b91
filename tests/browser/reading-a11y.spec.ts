import { expect, test, type Page } from '@playwright/test';

// axe is injected as a script; the pages' Content-Security-Policy would refuse it.
test.use({ bypassCSP: true });

const pages = [
  { name: 'home', path: '/' },
  { name: 'document with sections, signatories and a cover letter', path: '/2011-astana-declaration/' },
  { name: 'document with a paragraph selected', path: '/2024-astana-declaration/#p12-p14' },
  { name: 'document after a wrong anchor', path: '/2017-astana-declaration/#p99' },
  { name: '404', path: '/no-such-document/' },
  { name: 'about', path: '/about/' },
  { name: 'search results', path: '/search/?q=阿富汗%20和平', ready: '#search-results[aria-busy="false"] a.hit-link' },
  { name: 'document landed on from a search hit', path: '/2024-astana-declaration/?hl=阿富汗+和平#p40', ready: '#p40 mark' },
  { name: 'compare view at a pair', path: '/compare/?a=2017-astana-foreign-ministers-communique&b=2017-astana-heads-of-state-communique#b22', ready: '[data-compared]' },
  { name: 'compare view before a choice', path: '/compare/?a=2017-astana-declaration' },
  { name: 'document with its related paragraphs open', path: '/2017-astana-declaration/#p15', click: 'button[data-related]', ready: '.related-list' },
  { name: 'source view with a run of lines', path: '/2017-astana-declaration/source/#L9-L13', ready: '#L13.is-selected' },
  { name: 'document in traditional script', path: '/2017-astana-declaration/#p3', click: '[data-script="traditional"]', ready: '#document-title[lang="zh-TW"]' },
  { name: 'instruments cited, sorted by title', path: '/instruments/', click: 'th button >> nth=0', ready: 'th[aria-sort="ascending"]' },
  { name: 'an instrument that is a document of the library', path: '/instruments/上海合作组织成员国元首阿斯塔纳宣言/' },
  { name: 'paragraph with its normalization note open', path: '/2024-astana-declaration/#p12', click: '[data-normalization]', ready: '#normalization-note li' },
];

async function violations(page: Page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(() =>
    // @ts-expect-error axe is the global the script above defines
    (window.axe as typeof import('axe-core')).run(document, { resultTypes: ['violations'] }),
  );
  return result.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const { name, path, ready, click } of pages) {
      test(name, async ({ page }) => {
        await page.goto(path);
        if (click) await page.locator(click).click();
        if (ready) await page.locator(ready).first().waitFor();
        // Open every <details>, so the provenance text is checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test('the page has a language, landmarks and a working skip link', async ({ page }) => {
  await page.goto('/2024-astana-declaration/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('search')).toHaveCount(1);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The next stop after skipping is inside the document, not the header.
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('the 404 page answers 404 and offers search and every document', async ({ page }) => {
  const response = await page.goto('/2099-nowhere/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('main').locator('a[href^="/20"]')).toHaveCount(5);
});
