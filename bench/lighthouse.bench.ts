// `npm run bench -- lighthouse`: Lighthouse's four categories, desktop and
// mobile, on the pages whose scores an issue names (tests/helpers/lighthouse.ts),
// against the built site. Performance depends on the machine's load: run it quiet.
import { CATEGORIES, LIGHTHOUSE_PAGES, runLighthouse } from '../tests/helpers/lighthouse.ts';
import { startStaticServer } from './lib/serve.ts';
import type { BenchTable } from './run.ts';
import { DIST } from '../tests/helpers/dist.ts';

export default async function lighthouseBench(): Promise<BenchTable> {
  const server = await startStaticServer({ '/': DIST });
  const rows: (string | number)[][] = [];
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      for (const formFactor of ['desktop', 'mobile'] as const) {
        const { scores, cumulativeLayoutShift, totalBlockingTimeMs } = await runLighthouse(`${server.origin}${path}`, formFactor);
        rows.push([path, formFactor, ...CATEGORIES.map((name) => scores[name]), cumulativeLayoutShift.toFixed(3), totalBlockingTimeMs.toFixed(0)]);
      }
    }
  } finally {
    await server.close();
  }
  return {
    title: 'Lighthouse on the built site',
    headers: ['page', 'form factor', ...CATEGORIES, 'CLS', 'TBT ms'],
    rows,
    notes: ['Goal: 100 in all four categories and CLS < 0.1 (desktop, as the issues measured). Mobile is Lighthouse’s default throttling (4× CPU).'],
  };
}
