import { expect, test } from '@playwright/test';
import { LIGHTHOUSE_PAGES, runLighthouse } from '../helpers/lighthouse.ts';

// Lighthouse, as a reader's auditor would run it, on the pages an issue holds
// to 100: everything but performance, which depends on the machine's load
// and is measured by `npm run bench -- lighthouse` instead.
test.describe('Lighthouse', () => {
  test.describe.configure({ timeout: 180_000 });
  for (const path of LIGHTHOUSE_PAGES) {
    test(`${path}: accessibility, best practices and SEO 100, no layout shift to speak of`, async ({ baseURL }) => {
      const { scores, cumulativeLayoutShift } = await runLighthouse(new URL(path, baseURL).href, 'desktop');
      expect({ accessibility: scores.accessibility, bestPractices: scores['best-practices'], seo: scores.seo }).toEqual({ accessibility: 100, bestPractices: 100, seo: 100 });
      expect(cumulativeLayoutShift).toBeLessThan(0.1);
    });
  }
});
