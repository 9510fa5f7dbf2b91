import { expect, test, type Page } from '@playwright/test';

// Every page type runs under the site's Content-Security-Policy with no
// violation, and no request leaves the site's origin (fonts, scripts,
// images, analytics): the browser reports both, the test collects them.

declare global {
  interface Window {
    cspViolations: string[];
  }
}

async function watch(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) problems.push(`offsite request: ${request.url()}`);
  });
  return problems;
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations);

test('the violation listener works (a page that breaks the policy is caught)', async ({ page, baseURL }) => {
  await watch(page, new URL(baseURL!).origin);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.ranInline = true';
    document.body.append(script);
  });
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
});

const PAGES = ['/', '/2024-astana-declaration/#p3-p4', '/2011-astana-declaration/', '/no-such-page/', '/search/', '/search/?q=聯合國憲章'];

for (const path of PAGES) {
  test(`${path} runs without a CSP violation or an offsite request`, async ({ page, baseURL }) => {
    const problems = await watch(page, new URL(baseURL!).origin);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('search runs its WebAssembly under the policy and lands on a highlighted paragraph', async ({ page, baseURL }) => {
  const problems = await watch(page, new URL(baseURL!).origin);
  await page.goto('/2017-astana-declaration/');
  await page.locator('header input[name="q"]').fill('和平使命');
  await page.locator('header input[name="q"]').press('Enter');
  const hit = page.locator('main a[href*="#p"]').first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.locator(':target mark').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
