import { describe, expect, it } from 'vitest';
import { sourceBlocks } from '../../src/lib/source/blocks.ts';

const paragraph = (n: number, line: number, to: number) => ({ n, line, to, pageBreakJoins: [], pageNumbers: [], changes: [], fromTraditional: false, corrections: [] });

describe('sourceBlocks', () => {
  it('cuts the lines into regions, paragraphs and blank runs, a page number splitting its paragraph', () => {
    const lines = ['跳转', '标题', '', '第一段前半', '', '7', '', '第一段后半。', '', '第二段。'];
    const blocks = sourceBlocks({
      lines,
      regions: [
        { role: 'chrome', from: 1, to: 1, label: '页面框架' },
        { role: 'title', from: 2, to: 2 },
        { role: 'page-number', from: 6, to: 6 },
      ],
      paragraphs: [paragraph(1, 4, 8), paragraph(2, 10, 10)],
    });
    expect(blocks.map(({ role, from, lines, paragraphs, continued, label }) => ({ role, from, lines, paragraphs, continued, label }))).toEqual([
      { role: 'chrome', from: 1, lines: ['跳转'], paragraphs: [], continued: false, label: '页面框架' },
      { role: 'title', from: 2, lines: ['标题'], paragraphs: [], continued: false, label: undefined },
      { role: 'blank', from: 3, lines: [''], paragraphs: [], continued: false, label: undefined },
      { role: 'paragraph', from: 4, lines: ['第一段前半', ''], paragraphs: [1], continued: false, label: undefined },
      { role: 'page-number', from: 6, lines: ['7'], paragraphs: [], continued: false, label: undefined },
      { role: 'paragraph', from: 7, lines: ['', '第一段后半。'], paragraphs: [1], continued: true, label: undefined },
      { role: 'blank', from: 9, lines: [''], paragraphs: [], continued: false, label: undefined },
      { role: 'paragraph', from: 10, lines: ['第二段。'], paragraphs: [2], continued: false, label: undefined },
    ]);
    // Every line is shown once, in order.
    expect(blocks.flatMap((block) => block.lines)).toEqual(lines);
  });

  it('links a dateline line to the paragraph that goes on after it', () => {
    const blocks = sourceBlocks({
      lines: ['新华社电第一段。', '第二段。'],
      regions: [{ role: 'provenance', from: 1, to: 1, label: '新闻电头' }],
      paragraphs: [paragraph(1, 1, 1), paragraph(2, 2, 2)],
    });
    expect(blocks.map(({ role, paragraphs }) => ({ role, paragraphs }))).toEqual([
      { role: 'provenance', paragraphs: [1] },
      { role: 'paragraph', paragraphs: [2] },
    ]);
  });
});
