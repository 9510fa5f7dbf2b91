import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/content/document-schema.ts';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { SEARCH_CHARACTERS_PATH, SEARCH_DOCUMENTS_PATH } from '../../src/lib/urls.ts';
import { DIST } from '../helpers/dist.ts';

// The search page's two files about the corpus, checked against the records
// read by themselves: the catalogue (every document, newest first, with what
// the start view lists) and the characters the corpus uses.
const root = path.join(DIST, '..');
const documents = [...(await readDocuments(root)).values()];
const records = await readParagraphRecords(root);
const served = (sitePath: string) => readFileSync(path.join(DIST, sitePath), 'utf8');

describe(SEARCH_DOCUMENTS_PATH, () => {
  const catalogue = JSON.parse(served(SEARCH_DOCUMENTS_PATH)) as Record<string, unknown>[];

  it('lists every document once, newest first', () => {
    expect(catalogue.map((entry) => entry.slug).toSorted()).toEqual(documents.map((document) => document.slug).toSorted());
    const dates = catalogue.map((entry) => entry.date as string);
    expect(dates).toEqual(dates.toSorted().reverse());
  });

  it('says of each what its record says', () => {
    for (const entry of catalogue) {
      const document = documents.find(({ slug }) => slug === entry.slug)!;
      expect(entry).toMatchObject({
        title: document.title,
        date: document.date.toISOString().slice(0, 10),
        year: String(document.date.getUTCFullYear()),
        kind: document.kind,
        council: document.council,
        place: document.place,
        paragraphCount: records.filter((record) => record.document === document.slug).length,
      });
    }
  });
});

describe(SEARCH_CHARACTERS_PATH, () => {
  it('holds every Chinese character of the paragraphs, each once, and nothing else', () => {
    const characters = Array.from(served(SEARCH_CHARACTERS_PATH));
    expect(new Set(characters).size).toBe(characters.length);
    const used = new Set(records.flatMap(({ text }) => text.match(/\p{Script=Han}/gu) ?? []));
    expect(new Set(characters)).toEqual(used);
  });
});
