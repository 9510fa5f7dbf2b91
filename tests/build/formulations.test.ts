import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/content/document-schema.ts';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { DIST } from '../helpers/dist.ts';

// The invariants of new and dropped phrases, checked on the published data
// files of the real corpus with plain string scans of the paragraph records
// (no code of src/lib/formulations/): new phrases occur in their document and
// in no document dated earlier; dropped ones occur in the named earlier
// document of the same council and kind, in two earlier documents, and not here.
const root = path.join(DIST, '..');
const records = await readParagraphRecords(root);
const documents = [...(await readDocuments(root)).values()];
const day = (date: Date) => date.toISOString().slice(0, 10);
const textOf = (slug: string) => records.filter(({ document }) => document === slug).map(({ text }) => text);
const paragraphsWith = (slug: string, phrase: string) => records.filter(({ document, text }) => document === slug && text.includes(phrase)).map(({ n }) => n);

describe.each(documents.map(({ slug }) => slug))('the formulations of %s', (slug) => {
  const document = documents.find((candidate) => candidate.slug === slug)!;
  const { formulations } = JSON.parse(readFileSync(path.join(DIST, `data/${slug}.json`), 'utf8'));
  const earlier = documents.filter((other) => day(other.date) < day(document.date));

  it('new: each occurs in this document, in exactly the paragraphs listed, and in no document dated earlier', () => {
    expect(formulations.earlierDocuments).toBe(earlier.length);
    for (const { text, n } of formulations.new) {
      expect(n).toEqual(paragraphsWith(slug, text));
      expect(n.length).toBeGreaterThan(0);
      for (const other of earlier) expect(textOf(other.slug).some((paragraph) => paragraph.includes(text)), `${text} in ${other.slug}`).toBe(false);
    }
  });

  it('dropped: each occurs in an earlier document of the same council and kind, at the paragraphs listed, in two earlier documents, and not here', () => {
    for (const { text, document: from, n } of formulations.dropped) {
      const source = documents.find((other) => other.slug === from)!;
      expect(day(source.date) < day(document.date)).toBe(true);
      expect([source.council, source.kind]).toEqual([document.council, document.kind]);
      expect(n).toEqual(paragraphsWith(from, text));
      expect(n.length).toBeGreaterThan(0);
      expect(earlier.filter((other) => textOf(other.slug).some((paragraph) => paragraph.includes(text))).length).toBeGreaterThanOrEqual(2);
      expect(textOf(slug).some((paragraph) => paragraph.includes(text)), `${text} still in ${slug}`).toBe(false);
    }
  });
});

it('finds something new in every document after the earliest day, and something dropped in the 2024 declaration', () => {
  const data = (slug: string) => JSON.parse(readFileSync(path.join(DIST, `data/${slug}.json`), 'utf8')).formulations;
  const earliest = documents.map(({ date }) => day(date)).sort()[0];
  for (const { slug, date } of documents) if (day(date) !== earliest) expect(data(slug).new.length, slug).toBeGreaterThan(0);
  expect(data('2024-astana-declaration').dropped.length).toBeGreaterThan(0);
});
