import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/content/document-schema.ts';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { DIST, elements, fileForPath, htmlPages, parsePage } from '../helpers/dist.ts';

// The published data files, read as a data user would: validated against the
// JSON Schemas published beside them (ajv), parsed by real CSV, BibTeX, RIS,
// CSL and Atom readers, and compared with the paragraph records the
// normalizer wrote (the truth here, independent of the data builders).
const SITE = 'http://localhost:4321';
const root = path.join(DIST, '..');
const records = await readParagraphRecords(root);
const documents = [...(await readDocuments(root)).values()];
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
// The corpus files list the documents by slug, each document's paragraphs by number.
const expectedRows = (slug?: string) =>
  records
    .filter((record) => !slug || record.document === slug)
    .toSorted((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.n - b.n))
    .map(({ document, n, text, section }) => ({ document, n, permalink: `${SITE}/${document}/#p${n}`, text, ...(section ? { section } : {}) }));

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const schema = (name: string) => {
  const published = JSON.parse(read(`data/schema/${name}.json`));
  expect(published.$id).toBe(`${SITE}/data/schema/${name}.json`);
  return ajv.getSchema(published.$id) ?? ajv.compile(published);
};
function expectValid(name: string, value: unknown) {
  const validate = schema(name);
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
}
const csvRows = (file: string) =>
  (parseCsv(read(file), { bom: true, columns: true }) as Record<string, string>[]).map(({ n, section, ...row }) => ({ ...row, n: Number(n), ...(section ? { section } : {}) }));

describe.each(documents.map(({ slug }) => slug))('the files of %s', (slug) => {
  const document = documents.find((candidate) => candidate.slug === slug)!;

  it('/data/{slug}.json is valid and holds every paragraph, in order, with its exact text and permalink', () => {
    const data = JSON.parse(read(`data/${slug}.json`));
    expect(data.$schema).toBe(`${SITE}/data/schema/document.json`);
    expectValid('document', data);
    expect(data).toMatchObject({ slug, title: document.title, paragraphCount: document.paragraphCount, headings: document.headings.map(({ text, before }) => ({ text, before })) });
    expect(data.paragraphs).toEqual(expectedRows(slug).map(({ document: _slug, ...paragraph }) => paragraph));
  });

  it('/data/related/{slug}.json is valid against its published schema', () => {
    const related = JSON.parse(read(`data/related/${slug}.json`));
    expect(related.$schema).toBe(`${SITE}/data/schema/related.json`);
    expectValid('related', related);
  });

  it('/data/{slug}.csv parses back (UTF-8 with BOM, CRLF) into the paragraph records', () => {
    const csv = read(`data/${slug}.csv`);
    expect(csv.startsWith('\ufeffdocument,n,permalink,text,section\r\n')).toBe(true);
    const rows = csvRows(`data/${slug}.csv`);
    expect(rows).toEqual(expectedRows(slug));
    for (const row of rows) expectValid('paragraph', row);
  });

  it('/data/{slug}.txt is the title, then every paragraph with its number, in order', () => {
    const text = read(`data/${slug}.txt`);
    expect(text.split('\n')[0]).toBe(document.title);
    let at = 0;
    for (const { n, text: paragraph } of expectedRows(slug)) {
      const found = text.indexOf(`\n\n${n}. ${paragraph}\n`, at);
      expect(found, `paragraph ${n}`).toBeGreaterThan(at - 1);
      at = found + 1;
    }
  });

  it('.bib, .ris and .csl.json are read by BibTeX, RIS and CSL readers as this document', async () => {
    const url = `${SITE}/${slug}/`;
    const bib = parseBibtex(read(`data/${slug}.bib`));
    expect(bib.errors).toEqual([]);
    expect(bib.entries[0].fields).toMatchObject({ title: document.title, url, author: [{ name: '上海合作组织' }] });
    const [fromRis] = (await Cite.async(read(`data/${slug}.ris`))).data;
    const [fromCsl] = new Cite(JSON.parse(read(`data/${slug}.csl.json`))).data;
    for (const item of [fromRis, fromCsl]) {
      expect(item).toMatchObject({ type: 'webpage', title: document.title, URL: url });
      expect(item.issued['date-parts'][0].map((part: number) => String(part).padStart(2, '0')).join('-')).toBe(document.date.toISOString().slice(0, 10));
    }
  });

  it('the page names its files as alternates and carries Highwire and Dublin Core metadata, without COinS', () => {
    const page = parsePage(`${slug}/index.html`);
    const meta = (name: string) => elements(page, (element) => element.tagName === 'meta' && (element.properties.name === name || element.properties.property === name)).map((element) => element.properties.content);
    const alternates = elements(page, (element) => element.tagName === 'link' && String(element.properties.rel) === 'alternate').map(({ properties }) => [properties.type, properties.href]);
    expect(alternates).toEqual(
      expect.arrayContaining([
        ['application/json', `/data/${slug}.json`],
        ['text/csv', `/data/${slug}.csv`],
        ['text/plain', `/data/${slug}.txt`],
        ['application/atom+xml', '/feed.xml'],
      ]),
    );
    const [year, month, day] = document.date.toISOString().slice(0, 10).split('-');
    expect(meta('citation_title')).toEqual([document.title]);
    expect(meta('citation_author')).toEqual(['上海合作组织']);
    expect(meta('citation_publication_date')).toEqual([`${year}/${month}/${day}`]);
    expect(meta('citation_public_url')).toEqual([`${SITE}/${slug}/`]);
    expect(meta('citation_publisher')).toEqual(['上合文献库']);
    expect(meta('DC.publisher')).toEqual(['上合文献库']);
    // DCMI Type Vocabulary: a document read as words.
    expect(meta('DC.type')).toEqual(['Text']);
    // One language tag wherever one is given: the page, its meta tags, CSL-JSON, RIS and the JSON data.
    const htmlLang = elements(page, (element) => element.tagName === 'html')[0].properties.lang;
    const tags = [
      htmlLang,
      ...meta('citation_language'),
      JSON.parse(read(`data/${slug}.csl.json`))[0].language,
      /^LA {2}- (.*)\r$/m.exec(read(`data/${slug}.ris`))?.[1],
      JSON.parse(read(`data/${slug}.json`)).language,
    ];
    expect(tags).toEqual(Array(5).fill('zh-CN'));
    expect(meta('og:type')).toEqual(['article']);
    expect(elements(page, (element) => String(element.properties.className ?? '').includes('Z3988'))).toEqual([]);
  });
});

describe('the corpus files', () => {
  it('/data/index.json is valid, lists every document newest first, and every file it names exists', () => {
    const index = JSON.parse(read('data/index.json'));
    expectValid('index', index);
    const dates = index.documents.map(({ date }: { date: string }) => date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(index.documents.map(({ slug }: { slug: string }) => slug).sort()).toEqual(documents.map(({ slug }) => slug).sort());
    const named = index.documents.flatMap(({ url, files }: { url: string; files: Record<string, string> }) => [url, ...Object.values(files)]);
    expect(named.filter((url: string) => !fileForPath(new URL(url).pathname))).toEqual([]);
  });

  it('/data/paragraphs.jsonl is one valid row per line, equal to the paragraph records', () => {
    const lines = read('data/paragraphs.jsonl').split('\n');
    expect(lines.pop()).toBe('');
    const rows = lines.map((line) => JSON.parse(line));
    for (const row of rows) expectValid('paragraph', row);
    expect(rows).toEqual(expectedRows());
  });

  it('/data/paragraphs.csv parses back into the paragraph records', () => {
    expect(csvRows('data/paragraphs.csv')).toEqual(expectedRows());
  });

  it('/feed.xml is an Atom feed of every document, newest first, each entry linking its page', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry' });
    const { feed } = parser.parse(read('feed.xml'));
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    const byDate = [...documents].sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
    expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual(byDate.map(({ slug }) => `${SITE}/${slug}/`));
    for (const entry of feed.entry) expect(fileForPath(new URL(entry.link.href).pathname)).toBeDefined();
  });

  it('/feed.xml dates each entry’s update by the last commit of its seed or metadata (the adoption day where git knows neither)', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'entry' });
    const { feed } = parser.parse(read('feed.xml'));
    const seedsDir = path.join(root, 'seeds');
    const stemOf = (slug: string) =>
      readdirSync(seedsDir).find((file) => file.endsWith('.yaml') && new RegExp(`^slug: ${slug}$`, 'm').test(readFileSync(path.join(seedsDir, file), 'utf8')))!.slice(0, -'.yaml'.length);
    const lastCommit = (stem: string) => {
      try {
        return execFileSync('git', ['log', '-1', '--format=%cs', '--', `seeds/${stem}.txt`, `seeds/${stem}.yaml`], { cwd: root, encoding: 'utf8' }).trim();
      } catch {
        return '';
      }
    };
    const days: string[] = [];
    for (const document of documents) {
      const entry = feed.entry.find((candidate: { id: string }) => candidate.id === `${SITE}/${document.slug}/`);
      const day = lastCommit(stemOf(document.slug)) || document.date.toISOString().slice(0, 10);
      expect(entry.updated, document.slug).toBe(`${day}T00:00:00.000Z`);
      expect(entry.published, document.slug).toBe(`${document.date.toISOString().slice(0, 10)}T00:00:00.000Z`);
      days.push(day);
    }
    expect(feed.updated).toBe(`${days.sort().at(-1)}T00:00:00.000Z`);
  });

  it('/robots.txt allows crawling and names the sitemap, which exists', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const [, sitemap] = /^Sitemap: (\S+)$/m.exec(robots)!;
    expect(fileForPath(new URL(sitemap).pathname)).toBe('sitemap-index.xml');
  });

  it('every published data file is reachable: linked from a page, from the index or as a schema', () => {
    const linked = new Set(
      htmlPages().flatMap((file) => elements(parsePage(file), (element) => ['a', 'link'].includes(element.tagName)).map((element) => String(element.properties.href ?? ''))),
    );
    const index = JSON.parse(read('data/index.json'));
    for (const { files } of index.documents) for (const url of Object.values(files) as string[]) linked.add(new URL(url).pathname);
    const dataFiles = readdirSync(path.join(DIST, 'data'), { recursive: true }) as string[];
    for (const file of dataFiles) if (file.endsWith('.json') && !file.startsWith('schema')) linked.add(new URL(JSON.parse(read(`data/${file}`)).$schema ?? '/', SITE).pathname);
    linked.add(new URL(index.$schema).pathname);
    // The paragraph schema describes the lines of the JSON Lines and CSV files, named in the README.
    linked.add('/data/schema/paragraph.json');
    const published = dataFiles.filter((file) => /\.\w+$/.test(file)).map((file) => `/data/${file}`);
    expect(published.filter((file) => !linked.has(file))).toEqual([]);
  });
});
