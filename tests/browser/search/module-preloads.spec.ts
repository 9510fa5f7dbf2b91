// The search page lists every chunk its scripts import at start as a module
// preload (src/integrations/module-preloads.ts), so that none waits for the
// chunk that imports it: what the browser really fetches is the truth.
import { expect, resultsFor, test } from './fixtures.ts';

test('every chunk the search page loads at start is preloaded, and nothing it does not load', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/_astro/') && pathname.endsWith('.js')) requested.push(pathname);
  });
  await page.goto('/search/?q=反恐');
  await resultsFor(page, '反恐');
  const scripts = await page.locator('script[type="module"][src]').evaluateAll((elements) => elements.map((element) => new URL((element as HTMLScriptElement).src).pathname));
  const preloaded = await page.locator('head link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  const imported = requested.filter((file) => !scripts.includes(file));
  expect(imported.length).toBeGreaterThan(0);
  expect(preloaded.filter((file) => file.startsWith('/_astro/')).toSorted()).toEqual([...new Set(imported)].toSorted());
});
