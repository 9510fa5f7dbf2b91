import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, elements, htmlPages, parsePage } from '../helpers/dist.ts';
import { readHostHeaders } from '../helpers/host-headers.ts';
import { PROJECT_ROOT } from '../helpers/project.ts';

// dist/_headers as a static host applies it (tests/helpers/host-headers.ts),
// checked against the built pages.
const headersFor = readHostHeaders(path.join(DIST, '_headers'));

const sitePathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const directives = (policy: string) => policy.split(';').map((directive) => directive.trim()).filter(Boolean);
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)));

describe('dist/_headers', () => {
  it('gives every page the CSP of its meta tag, plus frame-ancestors none, and the other security headers', () => {
    for (const file of htmlPages()) {
      const headers = headersFor(sitePathOf(file));
      const meta = elements(parsePage(file), (element) => element.tagName === 'meta' && String(element.properties.httpEquiv) === 'Content-Security-Policy')[0];
      expect(directives(headers.get('content-security-policy') ?? '')).toEqual([...directives(String(meta.properties.content)), "frame-ancestors 'none'"]);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('has pages revalidated, and caches for good only files whose name carries a content hash', () => {
    for (const file of htmlPages()) expect(headersFor(sitePathOf(file)).get('cache-control'), file).toMatch(/max-age=0, must-revalidate/);
    const immutable = files.filter((file) => headersFor(`/${file}`).get('cache-control')?.includes('immutable'));
    // A hash: a run of at least 7 letters and digits, with a digit or a capital, just before the extension
    // ("engine.DufSfGC5.js", "zh-cn_19eff4c.pf_index", Vite's workers "compare-worker-A-B3MMML.js");
    // "wasm.unknown.pagefind" has none.
    for (const file of immutable) expect(path.basename(file), file).toMatch(/[._-](?=[^.]*[0-9A-Z])[\w-]{7,}\.\w+$/);
    expect(immutable.filter((file) => file.startsWith('_astro/')).length).toBeGreaterThan(0);
    expect(immutable.filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(0);
    for (const fixed of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind', 'robots.txt', 'sitemap-index.xml']) {
      expect(headersFor(`/${fixed}`).get('cache-control'), fixed).toMatch(/must-revalidate/);
    }
  });

  it('declares gzip encoding for exactly the gzip files whose content Pagefind recognises once the browser decoded them', () => {
    // The truth from the bytes: a gzip stream, and what it holds starts with Pagefind's signature.
    const isGzip = (file: string) => {
      const bytes = readFileSync(path.join(DIST, file));
      return bytes[0] === 0x1f && bytes[1] === 0x8b;
    };
    const pagefindGzip = (file: string) => isGzip(file) && gunzipSync(readFileSync(path.join(DIST, file))).subarray(0, 12).toString('latin1') === 'pagefind_dcd';
    const encoded = files.filter((file) => headersFor(`/${file}`).get('content-encoding') !== undefined);
    for (const file of encoded) expect(headersFor(`/${file}`).get('content-encoding'), file).toBe('gzip');
    expect(encoded.toSorted()).toEqual(files.filter(pagefindGzip).toSorted());
    // Both bundles' metadata, chunks, filters and WebAssembly; not our hit texts, which are gzip too but decoded by the page.
    for (const bundle of ['pagefind/', 'pagefind-char/']) {
      for (const kind of [/\.pf_meta$/, /^index\//, /^filter\//, /^wasm\./]) {
        expect(encoded.some((file) => file.startsWith(bundle) && kind.test(file.slice(bundle.length))), `${bundle} ${kind}`).toBe(true);
      }
    }
    const texts = files.filter((file) => file.startsWith('search/text/'));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every(isGzip)).toBe(true);
  });
});

// The README's nginx example, read as nginx would apply it to every file of
// dist/: the same headers and the same caching as dist/_headers.
describe('the nginx example in README.md', () => {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)![1];
  const headerLines = (text: string) =>
    new Map([...text.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map(([, name, value]) => [name.toLowerCase(), value]));
  const snippet = headerLines(block.slice(0, block.indexOf('server {')));
  const locations = [...block.matchAll(/location (~ (\S+)|\/) \{([\s\S]*?)\n {2}\}/g)].map(([, , regex, body]) => ({
    pattern: regex ? new RegExp(regex) : /^\//,
    headers: new Map([...(body.includes('include snippets/sco-security.conf;') ? snippet : []), ...headerLines(body)]),
  }));

  it('has the security snippet and its four locations', () => {
    expect(snippet.size).toBe(3);
    expect(locations).toHaveLength(4);
  });

  it('sends every file the headers dist/_headers gives it', () => {
    // nginx takes the first matching regex location, else the prefix location "/".
    const nginxHeaders = (sitePath: string) => (locations.find(({ pattern }) => pattern.source !== '^\\/' && pattern.test(sitePath)) ?? locations.at(-1)!).headers;
    for (const file of files.filter((name) => name !== '_headers')) {
      const sitePath = `/${file}`;
      expect(Object.fromEntries(nginxHeaders(sitePath)), sitePath).toEqual(Object.fromEntries(headersFor(sitePath)));
    }
  });
});
