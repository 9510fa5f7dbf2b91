import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/content/document-schema.ts';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import type { RelatedFile } from '../../src/lib/compare/related.ts';
import { isoDate } from '../../src/lib/date.ts';
import { relatedDataPath } from '../../src/lib/urls.ts';
import { DIST } from '../helpers/dist.ts';

const root = path.join(DIST, '..');
const records = await readParagraphRecords(root);
const documents = await readDocuments(root);
const paragraphs = new Set(records.map((record) => `${record.document}/${record.n}`));
const read = (slug: string): RelatedFile => JSON.parse(readFileSync(path.join(DIST, relatedDataPath(slug)), 'utf8'));

describe.each([...documents.keys()])('%s: related paragraphs file', (slug) => {
  it('names only paragraphs of this document, each with paragraphs of other documents and their titles and dates', () => {
    const file = read(slug);
    expect(file.slug).toBe(slug);
    expect(file.date).toBe(isoDate(documents.get(slug)!.date));
    for (const [n, list] of Object.entries(file.paragraphs)) {
      expect(paragraphs.has(`${slug}/${n}`)).toBe(true);
      for (const entry of list) {
        expect(entry.document).not.toBe(slug);
        expect(paragraphs.has(`${entry.document}/${entry.n}`)).toBe(true);
        expect(file.documents[entry.document]).toEqual({ title: documents.get(entry.document)!.title, date: isoDate(documents.get(entry.document)!.date) });
      }
    }
  });
});

it('relates the paragraphs the issue names, both ways', () => {
  const listed = (slug: string, n: number) => read(slug).paragraphs[n]?.map((entry) => `${entry.document}/${entry.n}`) ?? [];
  expect(listed('2017-astana-foreign-ministers-communique', 14)).toContain('2017-astana-heads-of-state-communique/22');
  expect(listed('2017-astana-heads-of-state-communique', 22)).toContain('2017-astana-foreign-ministers-communique/14');
  expect(listed('2017-astana-declaration', 12)).toContainEqual('2017-astana-heads-of-state-communique/19');
  expect(read('2017-astana-declaration').paragraphs[12]).toContainEqual({ document: '2017-astana-heads-of-state-communique', n: 19, similarity: 1 });
});
