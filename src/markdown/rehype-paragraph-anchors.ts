import type { Root } from 'hast';
import { h } from 'hastscript';
import { formatParagraphHash, paragraphId } from '../lib/anchor.ts';

/**
 * Turns the body's top-level paragraphs, in reading order, into permalink
 * targets: `<div class="paragraph" id="pN">` holding the number (the link
 * to itself, src/lib/reading/markup.ts, read out as 第N段 through CSS: src/styles/reading.css) and the
 * paragraph. The generated Markdown holds nothing but headings and
 * paragraphs, so the N-th paragraph here is paragraph N of the content
 * collection. Written by hand because the id
 * scheme is this product's citation contract. Nothing else gets an id of the
 * form pN.
 *
 * Done here rather than with one MDX component per paragraph: with a JSX
 * element per paragraph, a 5 MB document took Astro minutes to bundle.
 */
export function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let n = 0;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element' || node.tagName !== 'p') return node;
      n += 1;
      const number = h('a', { href: formatParagraphHash(n) }, String(n));
      return h('div', { className: ['paragraph'], id: paragraphId(n) }, [number, node]);
    });
  };
}
