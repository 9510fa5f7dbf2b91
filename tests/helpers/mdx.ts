import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

/**
 * Parses generated MDX the way @astrojs/mdx does (remark-parse + remark-mdx):
 * the text of each JSX element, their names, and any top-level node that is
 * neither a heading nor a JSX element (there should be none).
 */
export function parseMdxBody(mdx: string) {
  const body = mdx.slice(mdx.indexOf('\n---\n', 3) + 5);
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  const elements = tree.children.filter((node) => node.type === 'mdxJsxFlowElement');
  return {
    texts: elements.map((node) => toString(node)),
    names: elements.map((node) => node.name),
    stray: tree.children.filter((node) => node.type !== 'mdxJsxFlowElement' && node.type !== 'heading'),
  };
}
