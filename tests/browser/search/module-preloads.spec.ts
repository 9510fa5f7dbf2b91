// The search page lists its scripts and every chunk they import at start as
// module preloads (src/integrations/module-preloads.ts), so that none waits
// for the chunk that imports it, before Pagefind's files, which wait for
// the script: what the browser really fetches is the truth.
import { expect, resultsFor, test } from './fixtures.ts';

test('every script the search page loads at start is preloaded first, and nothing it does not load', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/_astro/') && pathname.endsWith('.js')) requested.push(pathname);
  });
  await page.goto('/search/?q=反恐');
  await resultsFor(page, '反恐');
  const scripts = await page.locator('script[type="module"][src]').evaluateAll((elements) => elements.map((element) => new URL((element as HTMLScriptElement).src).pathname));
  const hints = await page.locator('head link[rel="modulepreload"], head link[rel="preload"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  const imported = requested.filter((file) => !scripts.includes(file));
  expect(imported.length).toBeGreaterThan(0);
  const ours = hints.filter((file) => file.startsWith('/_astro/'));
  expect(ours.toSorted()).toEqual([...new Set(requested)].toSorted());
  // The scripts first: Pagefind's files and the document list are read only once they run.
  expect(hints.slice(0, ours.length)).toEqual(ours);
  expect(hints.slice(ours.length)).toContain('/pagefind/pagefind.js');
});
