import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { normalizeDocument } from '../../scripts/lib/document.ts';
import { paragraphRecords } from '../../scripts/lib/records.ts';
import { hanCharacters } from '../../scripts/lib/text/cjk.ts';
import { normalizeInline } from '../../scripts/lib/text/index.ts';
import { accountedText, readSeed, sourceText } from '../helpers/corpus.ts';
import { EXPECTATIONS } from './expectations.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

describe.each(Object.keys(EXPECTATIONS))('seed %s', (stem) => {
  const seed = readSeed(stem);
  const document = normalizeDocument(seed.bytes, seed.metadata, stem);
  const texts = document.paragraphs.map((paragraph) => paragraph.text);
  const expected = EXPECTATIONS[stem];

  describe('invariants', () => {
    it('numbers paragraphs 1…N without a gap, and records carry the same ids', () => {
      expect(document.paragraphs.map((paragraph) => paragraph.n)).toEqual(texts.map((_, i) => i + 1));
      expect(paragraphRecords(document).map((record) => record.id)).toEqual(texts.map((_, i) => `${seed.metadata.slug}/p${i + 1}`));
    });

    it('leaves no traditional-only character', () => {
      for (const text of [...texts, ...document.provenance.flatMap((entry) => entry.paragraphs)]) expect(toSimplified(text)).toBe(text);
    });

    it('leaves no space or line break next to a CJK character', () => {
      for (const text of texts) expect(text).not.toMatch(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]\s|\s[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|\n/u);
    });

    it('leaves no half-width punctuation in Chinese context, no straight or corner quotes', () => {
      for (const text of texts) {
        expect(text).not.toMatch(/\p{Script=Han}[,;:!?()]|[,;:!?()]\p{Script=Han}/u);
        expect(text).not.toMatch(/["「」『』㈠-㈩]/u);
      }
    });

    it('ends every paragraph as a paragraph ends', () => {
      for (const text of texts) expect(text).toMatch(/[。！？：；][”’）》]*$/u);
    });

    it('is idempotent: normalizing a normalized paragraph changes nothing', () => {
      for (const text of texts) expect(normalizeInline(text)).toBe(text);
    });

    it('accounts for every Han character of the source, in order', () => {
      expect(hanCharacters(accountedText(document, seed.metadata))).toBe(hanCharacters(sourceText(seed)));
      const dropped = { ...document, paragraphs: document.paragraphs.slice(0, -1) };
      expect(hanCharacters(accountedText(dropped, seed.metadata))).not.toBe(hanCharacters(sourceText(seed)));
    });
  });

  describe('reviewed expectations', () => {
    it(`has ${expected.paragraphs} paragraphs`, () => {
      expect(texts).toHaveLength(expected.paragraphs);
    });

    it('reads exactly as reviewed where paragraphs were rebuilt', () => {
      for (const [n, text] of Object.entries(expected.exact)) expect({ n, text: texts[Number(n) - 1] }).toEqual({ n, text });
      for (const [n, opening] of Object.entries(expected.openings)) expect({ n, text: texts[Number(n) - 1].slice(0, opening.length) }).toEqual({ n, text: opening });
    });

    if (expected.pageBreaks) it('joins at the reviewed page breaks only', () => {
      const joins = Object.fromEntries(document.paragraphs.filter((p) => p.pageBreakJoins.length).map((p) => [p.n, p.pageBreakJoins]));
      expect(joins).toEqual(expected.pageBreaks);
    });

    if (expected.headings) it('keeps the section headings before the right paragraphs', () => {
      expect(document.headings.map(({ text, before }) => ({ text, before }))).toEqual(expected.headings);
    });
  });
});
