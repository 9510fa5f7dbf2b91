import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { rehypeParagraphAnchors } from '../../src/markdown/rehype-paragraph-anchors.ts';

const run = (tree: Root) => {
  rehypeParagraphAnchors()(tree);
  return toHtml(tree);
};

describe('rehypeParagraphAnchors', () => {
  it('numbers top-level paragraphs in reading order; headings do not reset the count', () => {
    const tree: Root = { type: 'root', children: [h('p', '甲。'), h('h2', '一'), h('p', '乙。')] };
    expect(run(tree)).toBe(
      '<div class="paragraph" id="p1"><a href="#p1">1</a><p>甲。</p></div>' +
        '<h2>一</h2>' +
        '<div class="paragraph" id="p2"><a href="#p2">2</a><p>乙。</p></div>',
    );
  });

  it('leaves nested paragraphs and other elements alone', () => {
    const tree: Root = { type: 'root', children: [h('blockquote', [h('p', '引文')]), { type: 'text', value: '\n' }] };
    expect(run(tree)).toBe('<blockquote><p>引文</p></blockquote>\n');
  });
});
