import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/content/document-schema.ts';
import { bibliographyEntry, firstCitation, withAccessDate } from '../helpers/citeproc.ts';
import { DIST } from '../helpers/dist.ts';
import { pageCitation } from '../helpers/page-citation.ts';

// Issue 17: a reader who imports a document's citation file into reference
// software and formats it in GB/T 7714-2015 gets the citation the page shows.
// The clients are the real ones (citeproc-js with the official CSL styles,
// citation-js's RIS and BibTeX readers); the truth is the built page's text.
// The access date is the one a reference manager adds on import.
const SITE = 'http://localhost:4321';
const ACCESSED = '2026-12-04';
const documents = [...(await readDocuments(path.join(DIST, '..'))).values()];
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

const year = (document: (typeof documents)[number]) => document.date.toISOString().slice(0, 4);
const cslItem = (slug: string) => {
  const items = JSON.parse(read(`data/${slug}.csl.json`));
  expect(items).toHaveLength(1);
  return items[0];
};

describe.each(documents.map(({ slug }) => slug))('%s: the official GB/T 7714-2015 CSL styles on /data/{slug}.csl.json', (slug) => {
  const document = documents.find((candidate) => candidate.slug === slug)!;
  const page = pageCitation(slug);
  const item = withAccessDate(cslItem(slug), ACCESSED);

  it('numeric: the bibliography entry is the page’s citation after its [1]', () => {
    const entry = bibliographyEntry('numeric', item);
    expect(entry.startsWith('[1] ')).toBe(true);
    expect(entry.slice('[1] '.length)).toBe(page.withAccess(ACCESSED));
  });

  it('note: the first footnote is the page’s citation', () => {
    expect(firstCitation('note', item)).toBe(page.withAccess(ACCESSED));
  });

  it('author-date: the same elements, with the year after the author, as the style orders them', () => {
    const author = '上海合作组织';
    const pageText = page.withAccess(ACCESSED);
    expect(pageText.startsWith(`${author}. `)).toBe(true);
    expect(bibliographyEntry('author-date', item)).toBe(`${author}, ${year(document)}. ${pageText.slice(`${author}. `.length)}`);
  });

  it('without an access date (the file as served) numeric renders what the page shows without script', () => {
    expect(bibliographyEntry('numeric', cslItem(slug)).slice('[1] '.length)).toBe(page.withoutScript);
    expect(page.withoutScript).not.toMatch(/\[(引用日期|\d{4}-\d{2}-\d{2})\]/);
  });
});

describe.each(documents.map(({ slug }) => slug))('%s: citation-js reads the .ris and .bib files', (slug) => {
  const document = documents.find((candidate) => candidate.slug === slug)!;
  const page = pageCitation(slug);
  const date = document.date.toISOString().slice(0, 10).split('-').map(Number);

  it.each([
    ['RIS', 'ris'],
    ['BibTeX', 'bib'],
  ])('%s: a web page with the adoption date and URL, no place of publication, publisher or medium, rendered by the numeric style as the page cites it', async (_format, extension) => {
    const { data } = await Cite.async(read(`data/${slug}.${extension}`));
    expect(data).toHaveLength(1);
    const [item] = data;
    expect(item).toMatchObject({ type: 'webpage', title: document.title, issued: { 'date-parts': [date] }, URL: `${SITE}/${slug}/` });
    for (const field of ['publisher-place', 'event-place', 'publisher', 'medium']) expect(item, field).not.toHaveProperty(field);
    const { _graph, ...imported } = item;
    expect(bibliographyEntry('numeric', withAccessDate({ ...imported, id: slug }, ACCESSED))).toBe(`[1] ${page.withAccess(ACCESSED)}`);
  });
});

describe('the 2024 declaration, reviewed', () => {
  // Written out by hand from GB/T 7714-2015 §4.6 (online resources) and the
  // styles' own layouts, not produced by the code under test.
  const item = withAccessDate(cslItem('2024-astana-declaration'), ACCESSED);
  const url = `${SITE}/2024-astana-declaration/`;

  it('renders in the three official styles as the standard writes an online item', () => {
    expect(bibliographyEntry('numeric', item)).toBe(`[1] 上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. (2024-07-04)[2026-12-04]. ${url}.`);
    expect(bibliographyEntry('author-date', item)).toBe(`上海合作组织, 2024. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. (2024-07-04)[2026-12-04]. ${url}.`);
    expect(firstCitation('note', item)).toBe(`上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. (2024-07-04)[2026-12-04]. ${url}.`);
    expect(firstCitation('numeric', item)).toBe('[1]');
    expect(firstCitation('author-date', item)).toBe('(上海合作组织, 2024)');
  });
});
