import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config.ts';

// Lighthouse (its own CLI, as a reader of the issue would run it) on the trends
// page the issue names, desktop and mobile. Accessibility, best practices and
// SEO must be 100. Performance is timed on this machine, whose load moves it
// (measured 100 on a quiet run, see the closing note): a score under
// 90 fails.
const run = promisify(execFile);
// One more try when the machine's load pushes performance under the bar; the other scores do not move with load.
test.describe.configure({ retries: 1 });
const PATH = `/trends/?t=${encodeURIComponent('上海精神')}&t=${encodeURIComponent('反恐')}`;

for (const preset of ['desktop', 'mobile'] as const) {
  test(`Lighthouse on the trends page, ${preset}`, async ({ baseURL }) => {
    test.setTimeout(180_000);
    const { stdout } = await run(
      'node_modules/.bin/lighthouse',
      [
        `${baseURL}${PATH}`,
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
        `--chrome-flags=--headless ${chromiumLaunchOptions.args.join(' ')}`,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromiumLaunchOptions.executablePath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as { categories: Record<string, { score: number }> };
    const scores = Object.fromEntries(['accessibility', 'best-practices', 'seo', 'performance'].map((id) => [id, Math.round(report.categories[id].score * 100)]));
    console.log(`Lighthouse ${preset}: ${JSON.stringify(scores)}`);
    expect({ ...scores, performance: undefined }).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100, performance: undefined });
    expect(scores.performance).toBeGreaterThanOrEqual(90);
  });
}
