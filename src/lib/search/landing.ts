// Browser only: on a document page reached from a search hit
// (/{slug}/?hl=…#p{N}), highlights the paragraph and marks the terms in it.
import styles from '../../styles/search-landing.css?inline';
import { decodeFragment } from '../anchor.ts';
import { addStylesOnce } from '../lazy-styles.ts';
import type { Leaf } from '../query/parse.ts';
import { highlightLeaves } from './links.ts';
import { occurrenceRanges, splitByRanges } from './match.ts';

const LANDING_CLASS = 'search-landing';
/** Set once a paragraph's terms are marked, so that coming back to it does not mark them twice. */
const MARKED = 'data-search-marked';

/** Wraps each range of the element's text in <mark>, across however many text nodes it spans. */
function markRanges(element: HTMLElement, leaves: readonly Leaf[]): void {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const ranges = occurrenceRanges(nodes.map((node) => node.data).join(''), leaves);
  let offset = 0;
  for (const node of nodes) {
    const start = offset;
    const end = (offset += node.data.length);
    const local = ranges
      .filter((range) => range.start < end && range.end > start)
      .map((range) => ({ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start }));
    if (local.length === 0) continue;
    node.replaceWith(
      ...splitByRanges(node.data, local).map((piece) => {
        if (!piece.marked) return piece.text;
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        return mark;
      }),
    );
  }
}

export function markLanding(): void {
  const leaves = highlightLeaves(location.search);
  const id = decodeFragment(location.hash);
  const target = id ? document.getElementById(id) : null;
  if (leaves.length === 0 || !target) return;
  addStylesOnce('search-landing', styles);
  for (const previous of document.querySelectorAll(`.${LANDING_CLASS}`)) previous.classList.remove(LANDING_CLASS);
  target.classList.add(LANDING_CLASS);
  if (target.hasAttribute(MARKED)) return;
  target.setAttribute(MARKED, '');
  markRanges(target, leaves);
}
