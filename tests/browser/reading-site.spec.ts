import { expect, test } from '@playwright/test';
import { slugs } from './reading-helpers.ts';

const paths = ['/', ...slugs.map((slug) => `/${slug}/`), '/no-such-page/'];

test('every page has its own title, description, canonical URL and Open Graph tags', async ({ page }) => {
  const titles = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    const title = await page.title();
    expect(title, path).toMatch(/上合文献库$/);
    titles.add(title);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect((await meta('meta[name="description"]'))?.length, path).toBeGreaterThan(20);
    if (path === '/no-such-page/') {
      // The 404 page answers any missed address: it claims none as its own.
      await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
    } else {
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname, path).toBe(path);
      expect(await meta('meta[property="og:url"]')).toBe(canonical);
    }
    expect(await meta('meta[property="og:title"]'), path).toBeTruthy();
    expect(await meta('meta[property="og:description"]'), path).toBeTruthy();
    expect(await meta('meta[property="og:type"]'), path).toMatch(/^(website|article)$/);
  }
  expect(titles.size).toBe(paths.length);
});

test('the sitemap lists the home page and every document, and not the 404 page', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  const locations: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    locations.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname));
  }
  for (const path of paths.slice(0, -1)) expect(locations).toContain(path);
  expect(locations.filter((location) => location.includes('404'))).toEqual([]);
});

// Violations and offsite requests on every page type: security.spec.ts.
test('pages carry the Content-Security-Policy and hold no inline script or handler', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text());
  });
  for (const path of [...paths, '/2024-astana-declaration/#p3-p4']) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    const inline = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script:not([src])').length,
      handlers: [...document.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      ).length,
    }));
    expect(inline, path).toEqual({ scripts: 0, handlers: 0 });
  }
  // The scripts really ran (a blocked script would leave the toggle hidden).
  await expect(page.locator('[data-theme-toggle]')).toBeVisible();
  await expect(page.locator('#p4 .paragraph-actions')).toBeVisible();
  expect(problems).toEqual([]);
});
