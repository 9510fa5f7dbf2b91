import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumLaunchOptions } from '../../playwright.config.ts';

/**
 * The pages whose Lighthouse scores are part of an issue's contract: the
 * compare view of the two largest documents (it builds its rows after load),
 * and the research pages (trends, the concordance). The browser test checks what does not depend on
 * timing (accessibility, best practices, SEO, layout shift); the bench
 * (`npm run bench -- lighthouse`) adds performance, desktop and mobile.
 */
export const LIGHTHOUSE_PAGES = [
  '/compare/?a=2017-astana-declaration&b=2024-astana-declaration',
  `/trends/?t=${encodeURIComponent('上海精神')}&t=${encodeURIComponent('反恐')}`,
  `/search/?q=${encodeURIComponent('反恐')}&view=kwic`,
];

/** The four categories an issue names; Lighthouse 13 also reports others (agentic browsing). */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseScores {
  /** 0–100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  cumulativeLayoutShift: number;
  totalBlockingTimeMs: number;
}

/** Lighthouse's run of one URL in a Chromium of its own (the system's, as the browser tests use). */
export async function runLighthouse(url: string, formFactor: 'desktop' | 'mobile'): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    return {
      scores: Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)])) as LighthouseScores['scores'],
      cumulativeLayoutShift: audits['cumulative-layout-shift'].numericValue ?? Number.NaN,
      totalBlockingTimeMs: audits['total-blocking-time'].numericValue ?? Number.NaN,
    };
  } finally {
    chrome.kill();
  }
}
