import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

/**
 * Parses generated MDX the way @astrojs/mdx does (remark-parse + remark-mdx):
 * the text of each top-level paragraph, and any top-level node that is
 * neither a heading nor a paragraph (there should be none).
 */
export function parseMdxBody(mdx: string) {
  const body = mdx.slice(mdx.indexOf('\n---\n', 3) + 5);
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  return {
    texts: tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node)),
    stray: tree.children.filter((node) => node.type !== 'paragraph' && node.type !== 'heading'),
  };
}
