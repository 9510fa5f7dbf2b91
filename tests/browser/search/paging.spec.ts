// Paging and totals at a scale where they matter: 50 synthetic documents
// (tests/helpers/synthetic-corpus.ts) built once in a copy of the project.
// The truth is computed from the texts by the oracle (tests/search/oracle.ts).
import type { Page } from '@playwright/test';
import path from 'node:path';
import { readDocuments } from '../../../src/content/document-schema.ts';
import { readParagraphRecords } from '../../../src/content/paragraph-record.ts';
import { buildSite } from '../../../scripts/lib/build-site.ts';
import { startStaticServer, type StaticServer } from '../../../bench/lib/serve.ts';
import { copyProject } from '../../helpers/project.ts';
import { writeSyntheticCorpus } from '../../helpers/synthetic-corpus.ts';
import { textFileOf } from '../../../src/lib/search/texts.ts';
import { searchTextPath } from '../../../src/lib/urls.ts';
import { matchingParagraphs } from '../../search/oracle.ts';
import { expect, resultsFor, shownPermalinks, test } from './fixtures.ts';

test.describe.configure({ mode: 'serial' });

let project: Awaited<ReturnType<typeof copyProject>>;
let server: StaticServer;
/** Every hit of a query in the order the page lists them: newest document first (then title, slug), paragraphs in reading order. */
let truth: (query: string) => string[];
/** The year of a permalink's document. */
let documentYear: (permalink: string) => number;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  project = await copyProject();
  await writeSyntheticCorpus(path.join(project.root, 'seeds'), 50);
  expect(await buildSite(project.root)).toBe(0);
  server = await startStaticServer({ '/': path.join(project.root, 'dist') });
  const documents = await readDocuments(project.root);
  const records = await readParagraphRecords(project.root);
  const key = (slug: string) => {
    const { date, title } = documents.get(slug)!;
    return { date: date.toISOString(), title, slug };
  };
  documentYear = (permalink) => documents.get(permalink.split('/')[1])!.date.getUTCFullYear();
  truth = (query) =>
    matchingParagraphs(records, query)
      .toSorted((a, b) => {
        const [x, y] = [key(a.document), key(b.document)];
        return y.date.localeCompare(x.date) || x.title.localeCompare(y.title, 'zh-CN') || x.slug.localeCompare(y.slug) || a.n - b.n;
      })
      .map((paragraph) => `/${paragraph.document}/#p${paragraph.n}`);
});

test.afterAll(async () => {
  await server?.close();
  await project?.remove();
});

/** Opens the query and checks every page: the next hits in order, twenty at a time, until all are listed. */
async function pageThrough(page: Page, query: string, expected: string[]): Promise<void> {
  const more = page.locator('#search-more');
  for (let shown = Math.min(20, expected.length); ; shown = Math.min(shown + 20, expected.length)) {
    await expect.poll(() => shownPermalinks(page), { message: `${query}: the first ${shown} hits` }).toEqual(expected.slice(0, shown));
    if (shown === expected.length) break;
    await expect(more).toContainText(`已显示 ${shown} 段`);
    await more.click();
  }
  await expect(more).toBeHidden();
}

// Terms with tens to a few hundred hits, so that every page is checked; one character, digits, two terms.
for (const query of ['宪', '2030年', '阿富汗 和平', '撒马尔罕', '塔什干']) {
  test(`“${query}”: the total is exact and the pages list every hit once, in order`, async ({ page }) => {
    test.setTimeout(120_000);
    const expected = truth(query);
    expect(expected.length, 'the query finds something').toBeGreaterThan(0);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await resultsFor(page, query);
    const region = page.locator('#search-results');
    await expect(region).toHaveAttribute('data-total', String(expected.length));
    await expect(region).not.toHaveAttribute('data-total-approximate');
    await pageThrough(page, query, expected);
    expect(new Set(await shownPermalinks(page)).size).toBe(expected.length);
  });
}

// The first page's texts are asked for while the other matches are still being found (first-page.ts):
// each file of the hits on screen once, and no other, also under a facet.
for (const facet of [false, true]) {
  test(`the first screen fetches the text files of its hits once each, and no others${facet ? ', under a year facet' : ''}`, async ({ page }) => {
    const query = '塔什干';
    const all = truth(query);
    const year = facet ? documentYear(all.at(-1)!) : undefined;
    const expected = (year ? all.filter((permalink) => documentYear(permalink) === year) : all).slice(0, 20);
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/search/text/')) fetched.push(path);
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}${year ? `&year=${year}` : ''}`);
    await resultsFor(page, query);
    expect(await shownPermalinks(page)).toEqual(expected);
    const files = expected.map((permalink) => {
      const [, slug, anchor] = permalink.split('/');
      return searchTextPath(slug, textFileOf(Number(anchor.slice(2))));
    });
    expect(fetched.toSorted()).toEqual([...new Set(files)].sort());
  });
}

test('a common term: the total is exact from the first screen, and the first pages follow in order', async ({ page }) => {
  const query = '上合组织';
  const expected = truth(query);
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
  await resultsFor(page, query);
  await expect(page.locator('#search-results')).toHaveAttribute('data-total', String(expected.length));
  await expect(page.locator('#search-status')).toContainText(`共找到 ${expected.length} 段`);
  expect(await shownPermalinks(page)).toEqual(expected.slice(0, 20));
  await page.locator('#search-more').click();
  await expect.poll(() => shownPermalinks(page)).toEqual(expected.slice(0, 40));
});

test('a term with punctuation: an estimate marked 约 until checked, never a wrong hit', async ({ page }) => {
  test.setTimeout(120_000);
  const query = '《联合国宪章》';
  const expected = truth(query);
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
  await resultsFor(page, query);
  const region = page.locator('#search-results');
  await expect(region).toHaveAttribute('data-total-approximate', '');
  expect(Number(await region.getAttribute('data-total'))).toBeGreaterThanOrEqual(expected.length);
  await expect(page.locator('#search-status')).toContainText('约');
  await page.locator('#search-exact').click();
  await resultsFor(page, query);
  await expect(region).not.toHaveAttribute('data-total-approximate');
  await expect(region).toHaveAttribute('data-total', String(expected.length));
  await expect(page.locator('#search-status')).not.toContainText('约');
  await pageThrough(page, query, expected);
});
