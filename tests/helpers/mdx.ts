import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

/**
 * Parses a generated document's body as the site reads it: MDX (remark-parse +
 * remark-mdx, as @astrojs/mdx does) or, with `mdx: false`, plain Markdown
 * (CommonMark + remark-cjk-friendly, no GFM). Returns the text of each
 * top-level paragraph, and any top-level node that is neither a heading nor a
 * paragraph (there should be none).
 */
export function parseDocumentBody(source: string, { mdx = true } = {}) {
  const body = source.slice(source.indexOf('\n---\n', 3) + 5);
  const processor = mdx ? unified().use(remarkParse).use(remarkMdx).use(remarkCjkFriendly) : unified().use(remarkParse).use(remarkCjkFriendly);
  const tree = processor.parse(body) as Root;
  return {
    texts: tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node)),
    stray: tree.children.filter((node) => node.type !== 'paragraph' && node.type !== 'heading'),
    // An MDX expression, JSX element or ESM node anywhere in the tree (text that became code).
    code: JSON.stringify(tree).match(/"type":"mdx[A-Za-z]*"/g) ?? [],
  };
}
