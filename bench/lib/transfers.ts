import type { BrowserContext } from 'playwright-core';

/** One response a page received: its path, its body (decoded) and the bytes that carried it (as encoded). */
export interface Transfer {
  path: string;
  body: Buffer;
  bytes: number;
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
      Promise.all([response.body(), response.request().sizes()]).then(
        ([body, { responseBodySize }]) => void transfers.push({ path: decodeURIComponent(url.pathname), body, bytes: responseBodySize }),
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
