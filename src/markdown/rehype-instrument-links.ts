import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { findTitles } from '../lib/instruments/titles.ts';
import { instrumentKey } from '../lib/instruments/variants.ts';
import { instrumentPath } from '../lib/urls.ts';

/**
 * Links every title in 《…》 of a paragraph to its instrument page
 * (/instruments/{key}/): the whole 《…》 becomes the link's text, so the
 * paragraph's text stays exactly its record's. The key is computed from the
 * title alone, so rendering needs no corpus-wide data. Titles in headings stay
 * text. A title the Markdown split over several text nodes would stay text
 * too; the generated Markdown escapes its text, which keeps a paragraph one node.
 */
export function rehypeInstrumentLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (paragraph) => {
      if (paragraph.tagName !== 'p') return;
      paragraph.children = paragraph.children.flatMap((node) => (node.type === 'text' ? linkTitles(node.value) : [node]));
      return SKIP;
    });
  };
}

function linkTitles(text: string): ElementContent[] {
  const nodes: ElementContent[] = [];
  let at = 0;
  for (const { title, start, end } of findTitles(text)) {
    const key = instrumentKey(title);
    if (key === '') continue;
    if (start > at) nodes.push({ type: 'text', value: text.slice(at, start) });
    nodes.push(h('a', { href: instrumentPath(key) }, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
  return nodes;
}
