import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, elements, htmlPages, parsePage } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/project.ts';

// dist/_headers as a static host applies it (Cloudflare Pages' rules: every
// matching rule in order, "! Name" detaching a header set by an earlier one),
// read with a parser of the test's own and checked against the built pages.
interface Rule {
  pattern: RegExp;
  lines: string[];
}
const rules: Rule[] = readFileSync(path.join(DIST, '_headers'), 'utf8')
  .trim()
  .split(/\n\s*\n/)
  .map((block) => {
    const [pattern, ...lines] = block.split('\n');
    const source = pattern.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*');
    return { pattern: new RegExp(`^${source}$`), lines: lines.map((line) => line.trim()) };
  });

function headersFor(sitePath: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter(({ pattern }) => pattern.test(sitePath))) {
    for (const line of rule.lines) {
      if (line.startsWith('!')) headers.delete(line.slice(1).trim().toLowerCase());
      else {
        const [name, ...value] = line.split(':');
        headers.set(name.trim().toLowerCase(), value.join(':').trim());
      }
    }
  }
  return headers;
}

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

  it('has the security snippet and both locations', () => {
    expect(snippet.size).toBe(3);
    expect(locations).toHaveLength(2);
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
