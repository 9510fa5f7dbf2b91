import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { isGeneratedDocument } from '../content/locations.ts';
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
 *
 * Only the generated documents: the site's own MDX prose (关于本库) goes
 * through the same processor, and its paragraphs are not a document's.
 */
export function rehypeParagraphAnchors() {
  return (tree: Root, file: VFile) => {
    if (!isGeneratedDocument(file.path)) return;
    let n = 0;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element' || node.tagName !== 'p') return node;
      n += 1;
      const number = h('a', { href: formatParagraphHash(n) }, String(n));
      return h('div', { className: ['paragraph'], id: paragraphId(n) }, [number, node]);
    });
  };
}
