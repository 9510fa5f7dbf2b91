import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { DIST } from '../helpers/dist.ts';

const records = await readParagraphRecords(path.join(DIST, '..'));
const slugs = [...new Set(records.map((record) => record.document))];

describe.each(slugs)('/data/%s.json', (slug) => {
  const data = JSON.parse(readFileSync(path.join(DIST, 'data', `${slug}.json`), 'utf8'));

  it('holds every paragraph of the document, in order, with its exact text and its permalink', () => {
    const expected = records.filter((record) => record.document === slug);
    expect(data.slug).toBe(slug);
    expect(data.paragraphs.map((paragraph: { n: number; text: string }) => [paragraph.n, paragraph.text])).toEqual(expected.map((record) => [record.n, record.text]));
    for (const paragraph of data.paragraphs) expect(new URL(paragraph.permalink).pathname + new URL(paragraph.permalink).hash).toBe(`/${slug}/#p${paragraph.n}`);
  });
});
