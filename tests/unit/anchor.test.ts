import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFragment, formatParagraphHash, paragraphId, parseParagraphHash, parseParagraphId, rangeBetween } from '../../src/lib/anchor.ts';

describe('parseParagraphHash', () => {
  it('reads a single paragraph and a run', () => {
    expect(parseParagraphHash('#p12', 120)).toEqual({ kind: 'paragraphs', range: { from: 12, to: 12 } });
    expect(parseParagraphHash('#p12-p15', 120)).toEqual({ kind: 'paragraphs', range: { from: 12, to: 15 } });
    expect(parseParagraphHash('#p12-15', 120)).toEqual({ kind: 'paragraphs', range: { from: 12, to: 15 } });
  });

  it('puts a reversed run in order', () => {
    expect(parseParagraphHash('#p15-p12', 120)).toEqual({ kind: 'paragraphs', range: { from: 12, to: 15 } });
  });

  it('rejects numbers outside the document', () => {
    expect(parseParagraphHash('#p0', 41)).toEqual({ kind: 'out-of-range', range: { from: 0, to: 0 } });
    expect(parseParagraphHash('#p42', 41)).toEqual({ kind: 'out-of-range', range: { from: 42, to: 42 } });
    expect(parseParagraphHash('#p40-p42', 41).kind).toBe('out-of-range');
    expect(parseParagraphHash('#p41', 41).kind).toBe('paragraphs');
  });

  it('passes other ids through, decoded', () => {
    expect(parseParagraphHash('#main', 10)).toEqual({ kind: 'other', id: 'main' });
    expect(parseParagraphHash('#%E4%B8%80', 10)).toEqual({ kind: 'other', id: '一' });
    expect(parseParagraphHash('#p12x', 20)).toEqual({ kind: 'other', id: 'p12x' });
  });

  it('survives a malformed escape', () => {
    expect(parseParagraphHash('#%E4', 10)).toEqual({ kind: 'other', id: '%E4' });
  });

  it('treats an empty hash as no target', () => {
    expect(parseParagraphHash('', 10)).toEqual({ kind: 'none' });
    expect(parseParagraphHash('#', 10)).toEqual({ kind: 'none' });
  });

  it('round-trips every range it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (a, b) => {
        const range = rangeBetween(a, b);
        expect(parseParagraphHash(formatParagraphHash(range), 500)).toEqual({ kind: 'paragraphs', range });
      }),
    );
  });
});

describe('formatParagraphHash', () => {
  it('names a single paragraph by its id and a run by both ends', () => {
    expect(formatParagraphHash({ from: 7, to: 7 })).toBe('#p7');
    expect(formatParagraphHash({ from: 7, to: 9 })).toBe('#p7-p9');
  });
});

describe('rangeBetween', () => {
  it('orders the two ends', () => {
    expect(rangeBetween(15, 12)).toEqual({ from: 12, to: 15 });
    expect(rangeBetween(3, 3)).toEqual({ from: 3, to: 3 });
  });
});

describe('paragraphId and formatParagraphHash of a number', () => {
  it('name paragraph n', () => {
    expect(paragraphId(12)).toBe('p12');
    expect(formatParagraphHash(12)).toBe('#p12');
  });
});

describe('parseParagraphId', () => {
  it('reads ids, not hashes, and nothing else', () => {
    expect(parseParagraphId('p3')).toEqual({ from: 3, to: 3 });
    expect(parseParagraphId('p9-p3')).toEqual({ from: 3, to: 9 });
    expect(parseParagraphId('#p3')).toBeUndefined();
    expect(parseParagraphId('L3')).toBeUndefined();
  });
});

describe('decodeFragment', () => {
  it('decodes with or without the #, and keeps a malformed escape', () => {
    expect(decodeFragment('#%E4%B8%80')).toBe('一');
    expect(decodeFragment('p4')).toBe('p4');
    expect(decodeFragment('#%E4')).toBe('%E4');
  });
});
