import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align, countRows, type AlignedRow } from '../../../src/lib/compare/align.ts';

// Short paragraphs whose similarities are easy to work out by hand.
const A = ['成员国支持联合国发挥中心作用。', '成员国反对恐怖主义。', '元首们祝贺哈萨克斯坦。', '成员国将加强经贸合作。'];
const B = ['成员国将加强经贸合作。', '上合组织欢迎新的观察员国。', '成员国支持联合国发挥核心作用。', '成员国反对恐怖主义。'];

const pairs = (rows: AlignedRow[]) => rows.map((row) => ('a' in row && 'b' in row ? `${row.a}-${row.b}` : row.kind === 'only-a' ? `${row.a}-` : `-${row.b}`));

describe('align', () => {
  it('matches reordered paragraphs one to one, in B’s order, with only-A ones after their predecessor', () => {
    const rows = align(A, B);
    // A3 moved to the top; A0 changed a word; A2 has no counterpart and follows A1, its predecessor; B1 is new.
    expect(pairs(rows)).toEqual(['3-0', '-1', '0-2', '1-3', '2-']);
    expect(rows.map((row) => row.kind)).toEqual(['identical', 'only-b', 'changed', 'identical', 'only-a']);
    expect(countRows(rows)).toEqual({ identical: 2, changed: 1, 'only-a': 1, 'only-b': 1 });
  });

  it('leaves pairs below the threshold unmatched', () => {
    // 中心作用 / 核心作用: 11 bigrams shared of 15.
    expect(align(A, B)[2]).toEqual({ kind: 'changed', a: 0, b: 2, similarity: 11 / 15 });
    expect(pairs(align(A, B, 0.74))).toEqual(['0-', '3-0', '-1', '-2', '1-3', '2-']);
  });

  it('puts only-A paragraphs that precede every match at the top', () => {
    expect(pairs(align(['甲乙丙丁', '成员国反对恐怖主义。'], ['成员国反对恐怖主义。']))).toEqual(['0-', '1-0']);
  });

  it('pairs each paragraph once, the best pair first, a repeated text with its counterpart in place', () => {
    // Two equal paragraphs in A, one in B: B's pairs with the one at the closer position.
    expect(pairs(align(['成员国反对恐怖主义。', '元首们祝贺哈萨克斯坦。', '成员国反对恐怖主义。'], ['元首们祝贺哈萨克斯坦。', '成员国反对恐怖主义。']))).toEqual(['0-', '1-0', '2-1']);
    // A's paragraph is close to two of B's: it takes the closer one, the other stays alone.
    expect(pairs(align(['成员国支持联合国发挥中心作用。'], ['成员国支持联合国发挥核心作用。', '成员国支持联合国发挥中心作用。']))).toEqual(['-0', '0-1']);
  });

  it('places every paragraph of both documents in exactly one row, pairs above the threshold (property)', () => {
    const paragraph = fc.string({ unit: fc.constantFrom(...'成员国支持联合国反对恐怖主义，。'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), fc.array(paragraph, { maxLength: 12 }), (a, b) => {
        const rows = align(a, b);
        const seenA = rows.flatMap((row) => ('a' in row ? [row.a] : []));
        const seenB = rows.flatMap((row) => ('b' in row ? [row.b] : []));
        expect(seenA.toSorted((x, y) => x - y)).toEqual(a.map((_, i) => i));
        // B's paragraphs keep B's order.
        expect(seenB).toEqual(b.map((_, j) => j));
        for (const row of rows) {
          if (row.kind === 'identical') expect(a[row.a]).toBe(b[row.b]);
          if (row.kind === 'changed') expect(a[row.a]).not.toBe(b[row.b]);
        }
      }),
    );
  });
});
