import type { BrowserContext } from 'playwright-core';

/** One response a page received: its path and its body as served. */
export interface Transfer {
  path: string;
  body: Buffer;
}

/**
 * Records every response of a browser context from now on, as Chromium
 * received it (so the requests counted are the ones a browser really makes).
 * `settle()` waits for the bodies still being read.
 */
export function recordTransfers(context: BrowserContext, origin: string) {
  const transfers: Transfer[] = [];
  const offsite: string[] = [];
  const pending: Promise<void>[] = [];
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) {
      offsite.push(url.href);
      return;
    }
    pending.push(
      response.body().then(
        (body) => void transfers.push({ path: decodeURIComponent(url.pathname), body }),
        () => undefined,
      ),
    );
  });
  return {
    transfers,
    offsite,
    settle: () => Promise.all(pending).then(() => transfers),
    clear: () => void transfers.splice(0),
  };
}
