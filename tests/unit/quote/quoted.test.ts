import { describe, expect, it } from 'vitest';
import { quotedParagraphs, sourceLines } from '../../../src/lib/quote/quoted.ts';

const records = [1, 2, 3].map((n) => ({ id: `d/p${n}`, document: 'd', n, text: `第${n}段。` }));
const other = { id: 'e/p1', document: 'e', n: 1, text: '另一份。' };

describe('quotedParagraphs', () => {
  it('gives the paragraph, or the run, exactly as the records hold it', () => {
    expect(quotedParagraphs({ doc: 'd', p: 2 }, '标题', [other, ...records])).toEqual({ range: { from: 2, to: 2 }, paragraphs: [records[1]] });
    expect(quotedParagraphs({ doc: 'd', p: 2, to: 3 }, '标题', records).paragraphs.map(({ text }) => text)).toEqual(['第2段。', '第3段。']);
  });

  it('names the quote, the document and the fix when the paragraph or document does not exist', () => {
    expect(() => quotedParagraphs({ doc: 'd', p: 4 }, '标题', records)).toThrow('<Quote doc="d" p={4} />: 标题 has 3 paragraphs');
    expect(() => quotedParagraphs({ doc: 'd', p: 3, to: 4 }, '标题', records)).toThrow('<Quote doc="d" p={3} to={4} />: 标题 has 3 paragraphs');
    expect(() => quotedParagraphs({ doc: 'x', p: 1 }, undefined, records)).toThrow('<Quote doc="x" p={1} />: no document "x" in the collection');
    expect(() => quotedParagraphs({ doc: 'd', p: 3, to: 2 }, '标题', records)).toThrow('p ≤ to');
    expect(() => quotedParagraphs({ doc: 'd', p: 1.5 }, '标题', records)).toThrow('paragraph numbers');
  });
});

describe('sourceLines', () => {
  it('spans the first line of the first paragraph to the last line of the last', () => {
    const source = (n: number, line: number, to: number) => ({ n, line, to, pageBreakJoins: [], pageNumbers: [], changes: [], fromTraditional: false, corrections: [] });
    const paragraphs = [source(1, 3, 5), source(2, 7, 7), source(3, 9, 12)];
    expect(sourceLines({ from: 2, to: 3 }, paragraphs)).toEqual({ from: 7, to: 12 });
    expect(sourceLines({ from: 1, to: 1 }, paragraphs)).toEqual({ from: 3, to: 5 });
  });
});
