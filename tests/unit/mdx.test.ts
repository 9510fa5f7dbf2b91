import { describe, expect, it } from 'vitest';
import { toMdxDocument } from '../../scripts/lib/mdx.ts';
import type { NormalizedDocument } from '../../scripts/lib/document.ts';
import { parseDocumentBody } from '../helpers/mdx.ts';

const documentWith = (texts: string[]): NormalizedDocument => ({
  source: { file: 'seeds/s.txt', lines: [], regions: [] },
  metadata: { slug: 's', title: 't', kind: '宣言', council: '元首理事会', date: '2024-07-04', place: 'p', source: { publisher: 'x' } },
  convertedFromTraditional: false,
  corrections: [],
  provenance: [],
  removals: [],
  headings: [{ text: '一', line: 1, before: 1 }],
  paragraphs: texts.map((text, i) => ({ n: i + 1, text, line: i + 2, to: i + 2, pageBreakJoins: [], pageNumbers: [], changes: [], fromTraditional: false, corrections: [] })),
  signatories: [],
});

describe('toMdxDocument', () => {
  const hostile = [
    '{alert(1)}与}孤立的右括号{',
    '{/* 不是注释 */}',
    '<Note /> 与 <Quote doc="x" p={1} />',
    '<script>alert(1)</script>',
    '<div>不是标签</div> a < b > c & d',
    'import x from "y"',
    "import x from 'y'",
    'export const a = 1',
    'export default {}',
    '```围栏``` 与 `代码`',
    '**不是强调** 与 _下划线_ 与 [链接](http://x)',
    '# 不是标题',
    '> 不是引文',
    '- 不是列表',
    '1. 不是编号',
    '反斜杠 \\ 与 &amp; 实体 &lt; 与 &#x41;',
    '<!-- 不是注释 --> 与 <http://x.y> 与 <a@b.c>',
    '    四个空格开头不是代码',
    '---',
    '===',
    '1) 不是编号 + 不是列表 * 不是列表',
    '行尾两个空格不是换行  ',
    '![不是图片](x.png) 与 [不是引用]: http://x',
    '全角｛｝《》〈〉与《〈上海合作组织宪章〉》',
  ];

  it('keeps text that looks like MDX, Markdown or HTML literal: one paragraph each, same characters, no code', () => {
    const { texts, stray, code } = parseDocumentBody(toMdxDocument(documentWith(hostile)));
    expect(texts).toEqual(hostile);
    expect(stray).toEqual([]);
    expect(code).toEqual([]);
  });

  it('is Markdown too: the same file read as CommonMark gives the same texts', () => {
    const { texts, stray } = parseDocumentBody(toMdxDocument(documentWith(hostile)), { mdx: false });
    expect(texts).toEqual(hostile);
    expect(stray).toEqual([]);
  });

  it('escapes import and export only at a line start (the rule the MDX extension lacks)', () => {
    const mdx = toMdxDocument(documentWith(['import x from "y"', '中文 import 与 export 不在行首']));
    expect(mdx).toContain('&#x69;mport x from "y"');
    expect(mdx).toContain('中文 import 与 export 不在行首');
  });

  it('writes paragraphs in order, each heading before its first paragraph', () => {
    const mdx = toMdxDocument(documentWith(['甲。', '乙。']));
    expect(mdx.endsWith('---\n\n## 一\n\n甲。\n\n乙。\n')).toBe(true);
  });

  it('writes the metadata, not the paragraphs, as frontmatter', () => {
    const mdx = toMdxDocument(documentWith(['甲。']));
    expect(mdx.startsWith('---\nslug: s\n')).toBe(true);
    expect(mdx).toContain('paragraphCount: 1\n');
  });
});
