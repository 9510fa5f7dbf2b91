// Shared by the search specs: every page carries the site's strict
// Content-Security-Policy (its meta tag, src/layouts/Base.astro), and any
// violation fails the test.
import { expect, test as base, type Page } from '@playwright/test';

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const searchBox = (page: Page) => page.locator('form[data-search-box] input[name="q"]').first();
export const results = (page: Page) => page.locator('#search-results');

/** Waits until the results for `query` are on screen. */
export async function resultsFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction((expected) => {
    const region = document.getElementById('search-results');
    return region?.dataset.query === expected && region.getAttribute('aria-busy') === 'false';
  }, query);
}

/** Types a query into the search page's box and waits for its results. */
export async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await resultsFor(page, query);
}

/** The paragraph permalinks (/{slug}/#p{N}) of the hits on screen, in the order shown. */
export async function shownPermalinks(page: Page): Promise<string[]> {
  return page.locator('#search-results a.hit-link').evaluateAll((links) => links.map((link) => `${(link as HTMLAnchorElement).pathname}${(link as HTMLAnchorElement).hash}`));
}

/** Presses "more" until every hit is listed (waiting for each page). */
export async function showAllHits(page: Page): Promise<void> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('#search-results .hit').count();
    await more.click();
    await page.waitForFunction(
      (before) => document.getElementById('search-results')!.getAttribute('aria-busy') === 'false' && document.querySelectorAll('#search-results .hit').length > before,
      shown,
    );
  }
}

/** The paragraph permalinks (/{slug}/#p{N}) of every hit, all pages shown, sorted. */
export async function hitPermalinks(page: Page): Promise<string[]> {
  await showAllHits(page);
  return (await shownPermalinks(page)).sort();
}
