import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

/**
 * Parses a generated document's body as the site's Markdown processor does
 * (CommonMark + remark-cjk-friendly, no GFM): the text of each top-level
 * paragraph, and any top-level node that is neither a heading nor a
 * paragraph (there should be none).
 */
export function parseMarkdownBody(markdown: string) {
  const body = markdown.slice(markdown.indexOf('\n---\n', 3) + 5);
  const tree = unified().use(remarkParse).use(remarkCjkFriendly).parse(body) as Root;
  return {
    texts: tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node)),
    stray: tree.children.filter((node) => node.type !== 'paragraph' && node.type !== 'heading'),
  };
}
