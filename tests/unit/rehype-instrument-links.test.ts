import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';
import { rehypeInstrumentLinks } from '../../src/markdown/rehype-instrument-links.ts';

const run = (tree: Root) => {
  rehypeInstrumentLinks()(tree);
  return tree;
};

describe('rehypeInstrumentLinks', () => {
  it('links each title of a paragraph, marks and all, to its instrument page', () => {
    const tree = run({ type: 'root', children: [h('p', '遵循《联合国宪章》和《上合组织宪章》。')] });
    expect(toHtml(tree)).toBe('<p>遵循<a href="/instruments/联合国宪章/">《联合国宪章》</a>和<a href="/instruments/上海合作组织宪章/">《上合组织宪章》</a>。</p>');
  });

  it('leaves the paragraph’s text exactly as it was', () => {
    const text = '《〈上合组织至2030年经济发展战略〉落实行动计划》甲》《《乙';
    const tree = run({ type: 'root', children: [h('p', text)] });
    expect(toText(tree)).toBe(text);
    expect(toHtml(tree)).toContain('<a href="/instruments/上海合作组织至2030年经济发展战略落实行动计划/">');
  });

  it('leaves headings, empty titles and text without titles alone', () => {
    const tree = run({ type: 'root', children: [h('h2', '《联合国宪章》'), h('p', '空的《》；无书名。')] });
    expect(toHtml(tree)).toBe('<h2>《联合国宪章》</h2><p>空的《》；无书名。</p>');
  });
});
