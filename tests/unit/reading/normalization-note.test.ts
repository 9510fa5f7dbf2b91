import { describe, expect, it } from 'vitest';
import { describeNormalization } from '../../../src/lib/reading/normalization-note.ts';

const base = { n: 1, line: 12, to: 12, pageBreakJoins: [], pageNumbers: [], changes: [], fromTraditional: false, corrections: [] };

describe('describeNormalization', () => {
  it('says when a paragraph is the source line as it stands', () => {
    expect(describeNormalization(base)).toEqual(['照录原文，未作改动']);
  });

  it('names every step, in the order it ran', () => {
    expect(
      describeNormalization({
        ...base,
        to: 20,
        prefix: { text: '新华社北京电', label: '新闻电头' },
        fromTraditional: true,
        corrections: [{ find: '10 共和国', replace: '共和国', reason: '页码排进了正文', line: 14, to: 14 }],
        pageBreakJoins: [18, 20],
        pageNumbers: [16],
        changes: ['spaces', 'punctuation'],
      }),
    ).toEqual([
      '行首的“新华社北京电”是新闻电头，移入来源说明',
      '繁体字转为简体',
      '更正第14行：“10 共和国”改为“共和国”（页码排进了正文）',
      '原文第12—20行合为一段',
      '第18、20行隔着空行（分页）接续上文',
      '删去其间的页码（第16行）',
      '删去了汉字旁的空格',
      '半角标点改为全角',
    ]);
  });
});
