/**
 * How alike two paragraphs are: the Jaccard index of their sets of character
 * bigrams, punctuation and spaces left out. One measure for both the compare
 * view (exact, for every pair of two documents) and related paragraphs
 * (estimated by MinHash, then computed exactly for the candidates).
 *
 * Bigrams, because Chinese has no spaces to split words on and single
 * characters are too common to tell paragraphs apart (的, 国, 合作 in every
 * paragraph); punctuation out, because a changed comma is not a change of
 * wording (the diff still shows it).
 */

/** The letters and digits of a text, in order: what the measure compares. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The text's bigrams as numbers (two code points side by side, exact: at most
 * 0x10FFFF² < 2⁵³). A text with a single letter is that letter; a text
 * without letters or digits has no shingles.
 */
export function shingles(text: string): Set<number> {
  const codes: number[] = [];
  for (const character of text) if (WORDLIKE.test(character)) codes.push(character.codePointAt(0)!);
  if (codes.length === 1) return new Set(codes);
  const set = new Set<number>();
  for (let i = 1; i < codes.length; i++) set.add(codes[i - 1] * 0x110000 + codes[i]);
  return set;
}

/** |A ∩ B| / |A ∪ B|; 0 when either set is empty (nothing to compare is not a match). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The similarity of two texts: 1 for equal texts (even without letters), else the Jaccard index of their shingles. */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : jaccard(shingles(a), shingles(b));
}

/** A similarity as readers see it: a whole percentage, rounded down so that only equal shingles read 100 %. */
export function percent(value: number): string {
  return `${Math.floor(value * 100)}%`;
}
