import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import path from 'node:path';
import { VFile } from 'vfile';
import { DOCUMENT_EXTENSION, DOCUMENTS_DIR } from '../../src/content/locations.ts';
import { rehypeParagraphAnchors } from '../../src/markdown/rehype-paragraph-anchors.ts';

const DOCUMENT = path.join('/site', DOCUMENTS_DIR, `2024-astana-declaration${DOCUMENT_EXTENSION}`);
const run = (tree: Root, file = DOCUMENT) => {
  rehypeParagraphAnchors()(tree, new VFile({ path: file }));
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

  it('numbers only the generated documents, not the site’s own MDX prose', () => {
    const prose = () => ({ type: 'root', children: [h('p', '关于本库。')] }) as Root;
    expect(run(prose(), '/site/src/pages/about.mdx')).toBe('<p>关于本库。</p>');
    expect(run(prose(), path.join('/site', DOCUMENTS_DIR, 'x.txt'))).toBe('<p>关于本库。</p>');
    expect(run(prose())).toContain('id="p1"');
  });
});
