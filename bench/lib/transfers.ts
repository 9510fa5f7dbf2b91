import type { BrowserContext, Response } from 'playwright-core';

/** One response a page received: its path, its body (decoded) and the bytes that carried it (as encoded). */
export interface Transfer {
  path: string;
  body: Buffer;
  bytes: number;
}

/**
 * Records every response of a browser context from now on, as Chromium
 * received it (so the requests counted are the ones a browser really makes).
 * `settle()` reads their bodies and sizes and waits for them, once what is
 * timed is over: each body crosses the DevTools protocol through the browser
 * process that is meanwhile loading the page, so reading them as they came
 * slowed the very page being timed, the more the more responses it had
 * (at 1,000 documents, in an interleaved A/B: our search page's first
 * screen 505 → 420 ms, bare Pagefind's 450 → 432, when read afterwards).
 */
export function recordTransfers(context: BrowserContext, origin: string) {
  const responses: Response[] = [];
  const offsite: string[] = [];
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin) responses.push(response);
    else offsite.push(url.href);
  });
  return {
    offsite,
    settle: async (): Promise<Transfer[]> => {
      const read = await Promise.all(
        responses.splice(0).map((response) =>
          Promise.all([response.body(), response.request().sizes()]).then(
            ([body, { responseBodySize }]) => ({ path: decodeURIComponent(new URL(response.url()).pathname), body, bytes: responseBodySize }),
            () => undefined,
          ),
        ),
      );
      return read.filter((transfer) => transfer !== undefined);
    },
  };
}
