import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, elements, fileForPath, htmlPages, parsePage } from '../helpers/dist.ts';

// A link check over the built site: every internal href/src of every page,
// and every URL of the sitemap, must name a file of dist/, and every
// #fragment an element of that page (a run of paragraphs #pN-pM or of source lines #LN-LM: both ends).
const SITE = 'http://localhost:4321';

function ids(file: string): Set<string> {
  return new Set(elements(parsePage(file)).map((element) => String(element.properties.id ?? '')).filter(Boolean));
}

function resolve(reference: string, fromFile: string): { problem?: string } {
  const base = new URL(`/${fromFile.replace(/index\.html$/, '')}`, SITE);
  const url = new URL(reference, base);
  if (url.origin !== SITE) return {};
  const file = fileForPath(url.pathname);
  if (!file) return { problem: `no file for ${url.pathname}` };
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!fragment) return {};
  const targets = /^(p\d+-p\d+|L\d+-L\d+)$/.test(fragment) ? fragment.split('-') : [fragment];
  const missing = targets.filter((id) => !ids(file).has(id));
  return missing.length ? { problem: `no #${missing.join(', #')} in ${file}` } : {};
}

const pages = htmlPages();
const references = pages.flatMap((file) =>
  elements(parsePage(file), (element) => ['a', 'link', 'script', 'img', 'form'].includes(element.tagName)).flatMap((element) => {
    const { href, src, action } = element.properties;
    return [href, src, action].filter((value): value is string => typeof value === 'string').map((reference) => ({ file, reference }));
  }),
);

describe('links in the built site', () => {
  it('finds the pages and links it is meant to check', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', '2024-astana-declaration/index.html']));
    expect(references.length).toBeGreaterThan(pages.length * 5);
  });

  it('every internal href, src and #fragment resolves', () => {
    const broken = references.map(({ file, reference }) => ({ file, reference, ...resolve(reference, file) })).filter((link) => link.problem);
    expect(broken).toEqual([]);
  });

  it('every URL of the sitemap resolves, and every page is in it', () => {
    const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
    const urls = sitemaps.flatMap((sitemap) => [...readFileSync(path.join(DIST, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc));
    expect(urls.filter((url) => !fileForPath(new URL(url).pathname))).toEqual([]);
    const listed = new Set(urls.map((url) => fileForPath(new URL(url).pathname)));
    expect(pages.filter((page) => page !== '404.html' && !listed.has(page))).toEqual([]);
  });
});
