import type { BrowserContext, Response } from 'playwright-core';

/** One response a page received: its path, its body (decoded), the bytes that carried it (as encoded) and when its last byte came (epoch ms). */
export interface Transfer {
  path: string;
  body: Buffer;
  bytes: number;
  receivedAt: number;
}

async function readTransfer(response: Response): Promise<Transfer> {
  const path = decodeURIComponent(new URL(response.url()).pathname);
  try {
    const [body, { responseBodySize }] = await Promise.all([response.body(), response.request().sizes()]);
    const { startTime, responseEnd } = response.request().timing();
    return { path, body, bytes: responseBodySize, receivedAt: startTime + responseEnd };
  } catch (error) {
    // A body the browser no longer holds would make the counts wrong.
    throw new Error(`bench: the body of ${path} could not be read back from the browser`, { cause: error });
  }
}

/**
 * Records every response of a browser context from now on, as Chromium
 * received it (so the requests counted are the ones a browser really makes).
 * `settle()` reads them and waits for them. By default the bodies are read
 * then, once what is timed is over: each body crosses the DevTools protocol
 * through the browser process that is meanwhile loading the page, so reading
 * them as they came slowed the very page being timed, and a page with more
 * responses more (at 1,000 documents, in an interleaved A/B: our search
 * page's first screen 505 → 420 ms, bare Pagefind's 450 → 432, when read
 * afterwards). `bodiesAsReceived` reads them at once, for a page whose
 * worker fetches: Chromium drops a worker's bodies when it ends.
 */
export function recordTransfers(context: BrowserContext, origin: string, { bodiesAsReceived = false } = {}) {
  const reads: (() => Promise<Transfer>)[] = [];
  const offsite: string[] = [];
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) offsite.push(url.href);
    // A redirect has no body.
    else if (response.status() >= 300 && response.status() < 400) return;
    else if (!bodiesAsReceived) reads.push(() => readTransfer(response));
    else {
      const read = readTransfer(response);
      // Its failure is thrown by settle().
      read.catch(() => undefined);
      reads.push(() => read);
    }
  });
  return {
    offsite,
    settle: (): Promise<Transfer[]> => Promise.all(reads.splice(0).map((read) => read())),
  };
}
