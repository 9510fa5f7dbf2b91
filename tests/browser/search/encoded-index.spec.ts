// The site served as a host that reads dist/_headers serves it (bench/lib/serve.ts):
// Pagefind's gzip files arrive with Content-Encoding: gzip, the browser
// decodes them, and Pagefind must take them as already decoded (by their
// signature, pagefind_dcd). If Pagefind stopped recognising that, it would
// inflate decoded bytes and search would fail here.
import { startStaticServer, type StaticServer } from '../../../bench/lib/serve.ts';
import { DIST } from '../../helpers/dist.ts';
import { expectedHits } from '../../search/oracle.ts';
import { expect, hitPermalinks, resultsFor, test } from './fixtures.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ '/': DIST });
});
test.afterAll(async () => {
  await server?.close();
});

/** Pagefind's compressed files: metadata, word chunks, filters, fragments, WebAssembly. */
const PAGEFIND_GZIP = /^\/pagefind(-char)?\/(.+\.pf_meta|(index|filter|fragment)\/.+|wasm\.[\w-]+\.pagefind)$/;

for (const query of ['上合组织', '宪', '"上海精神"']) {
  test(`${query}: Pagefind's files arrive gzip-encoded, decoded, and the hits are exactly the paragraphs that contain it`, async ({ page }) => {
    const responses: Promise<{ path: string; encoding: string | undefined; start: string }>[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (!PAGEFIND_GZIP.test(pathname)) return;
      responses.push(
        Promise.all([response.body(), response.allHeaders()]).then(([body, headers]) => ({
          path: pathname,
          encoding: headers['content-encoding'],
          start: body.subarray(0, 12).toString('latin1'),
        })),
      );
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await resultsFor(page, query);
    expect(await hitPermalinks(page)).toEqual(expectedHits(query));
    const arrived = await Promise.all(responses);
    // The metadata, the WebAssembly and at least one word chunk of the bundle the query used.
    expect(arrived.filter(({ path }) => path.endsWith('.pf_meta')).length).toBeGreaterThan(0);
    expect(arrived.filter(({ path }) => path.includes('/wasm.')).length).toBeGreaterThan(0);
    expect(arrived.filter(({ path }) => path.includes('/index/')).length).toBeGreaterThan(0);
    for (const file of arrived) expect(file).toEqual({ path: file.path, encoding: 'gzip', start: 'pagefind_dcd' });
  });
}
