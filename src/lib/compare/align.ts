import { jaccard, shingles } from './similarity.ts';

/**
 * Pairs the paragraphs of two documents one to one, allowing reordering.
 * Hand-written: no npm library aligns lists of paragraphs by similarity.
 *
 * Best pair first (greedy): the most similar pair of free paragraphs is
 * matched, then the next, down to the threshold. Order plays no part in
 * matching (declarations move topics around: 2017 declaration p15 ↔ 2024
 * declaration p49, p16 ↔ p10), only in breaking ties, where the pair at the
 * closer relative position wins (a paragraph repeated word for word pairs
 * with its counterpart in place). One to one is what makes a low threshold
 * safe: a paragraph that shares only a formula with another one is matched
 * only if neither has a better counterpart.
 */

/**
 * Below this, two paragraphs share formulas, not content. Chosen on the
 * corpus (see README, 与其他文件比较): genuine counterparts reach down to
 * 0.23 (missile defence, 2011 declaration p24 ↔ 2017 declaration p16), the
 * first pair sharing only a formula (“切实落实《上合组织成员国政府间…协定》”,
 * agriculture ↔ road transport) is at 0.228 and loses to its better match.
 */
export const ALIGN_THRESHOLD = 0.2;

export type AlignedRow =
  | { kind: 'identical' | 'changed'; a: number; b: number; similarity: number }
  | { kind: 'only-a'; a: number }
  | { kind: 'only-b'; b: number };

/**
 * The rows of the comparison of A with B (indices into `a` and `b`): B's
 * paragraphs in B's order, each with its counterpart in A if it has one; A's
 * paragraphs without a counterpart right after the row of the A paragraph
 * before them (at the top if none before them is matched). Every paragraph of
 * both documents is in exactly one row.
 */
export function align(a: readonly string[], b: readonly string[], threshold = ALIGN_THRESHOLD): AlignedRow[] {
  const shinglesA = a.map(shingles);
  const shinglesB = b.map(shingles);
  const candidates: { i: number; j: number; similarity: number; offset: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const similarity = a[i] === b[j] ? 1 : jaccard(shinglesA[i], shinglesB[j]);
      if (similarity >= threshold) candidates.push({ i, j, similarity, offset: Math.abs(i / a.length - j / b.length) });
    }
  }
  candidates.sort((x, y) => y.similarity - x.similarity || x.offset - y.offset || x.i - y.i || x.j - y.j);
  const partnerOfA = new Array<number | undefined>(a.length);
  const partnerOfB = new Array<{ i: number; similarity: number } | undefined>(b.length);
  for (const { i, j, similarity } of candidates) {
    if (partnerOfA[i] !== undefined || partnerOfB[j] !== undefined) continue;
    partnerOfA[i] = j;
    partnerOfB[j] = { i, similarity };
  }

  // Only-A paragraphs that follow A paragraph i (-1: those before every matched one).
  const onlyAAfter = new Map<number, number[]>();
  let previous = -1;
  for (let i = 0; i < a.length; i++) {
    if (partnerOfA[i] !== undefined) previous = i;
    else onlyAAfter.set(previous, [...(onlyAAfter.get(previous) ?? []), i]);
  }
  const onlyA = (after: number): AlignedRow[] => (onlyAAfter.get(after) ?? []).map((i) => ({ kind: 'only-a', a: i }));

  const rows: AlignedRow[] = onlyA(-1);
  for (let j = 0; j < b.length; j++) {
    const partner = partnerOfB[j];
    if (!partner) {
      rows.push({ kind: 'only-b', b: j });
      continue;
    }
    rows.push({ kind: a[partner.i] === b[j] ? 'identical' : 'changed', a: partner.i, b: j, similarity: partner.similarity });
    rows.push(...onlyA(partner.i));
  }
  return rows;
}

/** How many rows of each kind: the comparison's summary. */
export function countRows(rows: readonly AlignedRow[]): Record<AlignedRow['kind'], number> {
  const counts = { identical: 0, changed: 0, 'only-a': 0, 'only-b': 0 };
  for (const row of rows) counts[row.kind]++;
  return counts;
}
