import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../scripts/lib/document.ts';
import { SeedError } from '../../scripts/lib/errors.ts';
import { parseSeedMetadata } from '../../scripts/lib/metadata.ts';
import { hanCharacters } from '../../scripts/lib/text/cjk.ts';
import { expandParenthesizedNumerals } from '../../scripts/lib/text/enumerators.ts';
import { normalizeInline } from '../../scripts/lib/text/index.ts';
import { UnpairedQuoteError } from '../../scripts/lib/text/quotes.ts';
import { readSeed } from '../helpers/corpus.ts';

const PLAIN_METADATA = parseSeedMetadata('slug: p\ntitle: 标题\nkind: 宣言\ncouncil: 元首理事会\ndate: 2024-07-04\nplace: 阿斯塔纳\nsource:\n  publisher: 测试\n', 'p.yaml');
const encode = (text: string) => new TextEncoder().encode(text);

// Text that looks like the corpus: Han, full- and half-width punctuation,
// digits, Latin, spaces and line breaks, plus any Unicode at all.
const corpusLike = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'上合组织成员国宣言阿斯塔纳和平發展'.split('')),
    fc.constantFrom(...'，。、；：？！“”《》（）〈〉—-,.;:?!()"<>{}*_#`「」『』㈠㈥ \n\t'.split('')),
    fc.constantFrom(...'0123456789AZaz'.split('')),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 80,
});

describe('normalizeInline, for any text', () => {
  it('never throws but for unpairable quotes, is idempotent, and keeps every Han character in order', () => {
    fc.assert(
      fc.property(corpusLike, (text) => {
        let once: string;
        try {
          once = normalizeInline(text);
        } catch (error) {
          expect(error).toBeInstanceOf(UnpairedQuoteError);
          return;
        }
        expect(normalizeInline(once)).toBe(once);
        expect(hanCharacters(once)).toBe(hanCharacters(expandParenthesizedNumerals(text)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeDocument, for any text', () => {
  it('either fails with a SeedError or keeps every Han character in order', () => {
    fc.assert(
      fc.property(corpusLike, (text) => {
        try {
          const document = normalizeDocument(encode(text), PLAIN_METADATA, 'p.txt');
          const kept = document.paragraphs.map((paragraph) => paragraph.text).join('');
          expect(hanCharacters(kept)).toBe(hanCharacters(expandParenthesizedNumerals(text)));
        } catch (error) {
          expect(error).toBeInstanceOf(SeedError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * Extraction artifacts applied to a real paragraph: a hard wrap or a page
 * break (a blank line) anywhere except where the source itself would be
 * ambiguous — right after sentence-ending punctuation (a paragraph end) or
 * so as to leave a bare number between two page breaks (a page number) —
 * spaces next to Chinese characters, and half-width punctuation and
 * straight quotes in place of full-width ones.
 */
function damage(text: string, breaks: number[], spaces: number[], halfWidth: boolean): string {
  let chars = Array.from(text);
  if (halfWidth) {
    const narrow: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '“': '"', '”': '"' };
    chars = chars.map((char) => narrow[char] ?? char);
  }
  const out: string[] = [];
  chars.forEach((char, i) => {
    out.push(char);
    if (chars[i + 1] === undefined) return;
    if (breaks.includes(i) && !/[。！？：；!?:;”"）)》]/.test(char)) out.push(i % 2 ? '\n\n' : '\n');
    else if (spaces.includes(i) && /\p{Script=Han}/u.test(char)) out.push(' ');
  });
  const damaged = out.join('');
  return /(^|\n\n)\d+\n\n/.test(damaged) ? text : damaged;
}

describe.each(['004_8d938df85ef0fe88', '001_d8588e6ce5c340ca'])('mutations of seed %s', (stem) => {
  const { bytes, metadata } = readSeed(stem);
  const original = normalizeDocument(bytes, metadata, stem).paragraphs.map((paragraph) => paragraph.text);

  it('recover the original paragraphs', () => {
    const positions = fc.array(fc.nat({ max: 400 }), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(positions, positions, fc.boolean()), { minLength: original.length, maxLength: original.length }), (plan) => {
        const raw = original.map((text, i) => damage(text, ...plan[i])).join('\n\n');
        const recovered = normalizeDocument(encode(raw), PLAIN_METADATA, stem).paragraphs.map((paragraph) => paragraph.text);
        expect(recovered).toEqual(original);
      }),
      { numRuns: 40 },
    );
  });
});
