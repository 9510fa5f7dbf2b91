import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../scripts/lib/document.ts';
import { parseSeedMetadata } from '../../scripts/lib/metadata.ts';
import { toMdxDocument } from '../../scripts/lib/mdx.ts';
import { parseDocumentBody } from '../helpers/mdx.ts';

// Each folder of tests/fixtures/normalize holds raw.txt + meta.yaml → expected.json
// (reviewed by hand). expected.json names only the fields the case is about.
const root = path.join(import.meta.dirname, '../fixtures/normalize');

describe.each(readdirSync(root))('fixture %s', (name) => {
  const read = (file: string) => readFileSync(path.join(root, name, file));
  const document = normalizeDocument(read('raw.txt'), parseSeedMetadata(read('meta.yaml').toString(), 'meta.yaml'), 'raw.txt');
  const expected = JSON.parse(read('expected.json').toString());

  it('gives the reviewed output', () => {
    const actual = {
      ...document,
      paragraphs: document.paragraphs.map((paragraph) => paragraph.text),
      pageBreakJoins: document.paragraphs.map((paragraph) => paragraph.pageBreakJoins),
      removals: document.removals.map(({ rule, text, line }) => ({ rule, text, line })),
    };
    for (const key of Object.keys(expected)) expect({ [key]: actual[key as keyof typeof actual] }).toEqual({ [key]: expected[key] });
  });

  it('survives the MDX round trip letter for letter, as text', () => {
    const { texts, code } = parseDocumentBody(toMdxDocument(document));
    expect(texts).toEqual(document.paragraphs.map((paragraph) => paragraph.text));
    expect(code).toEqual([]);
  });
});
