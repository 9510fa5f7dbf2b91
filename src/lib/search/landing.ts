// Browser only: on a document page reached from a search hit
// (/{slug}/?hl=…#p{N}), highlights the paragraph, marks every occurrence of
// the terms in the document, and "第 n / m 处" with 上一处 / 下一处 moves
// between them, starting at the paragraph's first.
import styles from '../../styles/search-landing.css?inline';
import { decodeFragment } from '../anchor.ts';
import { addStylesOnce } from '../lazy-styles.ts';
import type { Leaf } from '../query/parse.ts';
import { PARAGRAPH, PARAGRAPH_NUMBER } from '../reading/markup.ts';
import { highlightLeaves } from './links.ts';
import { occurrenceRanges, splitByRanges, type Range } from './match.ts';

const LANDING_CLASS = 'search-landing';
/** Set once a paragraph's terms are marked, so that coming back to it does not mark them twice. */
const MARKED = 'data-search-marked';
/** On each <mark>: which occurrence of the document it belongs to (a match across text nodes takes several). */
const OCCURRENCE = 'data-occurrence';
const CURRENT_CLASS = 'search-current';

/** The text nodes of a paragraph's text, its number link left out (a query "12" is not in paragraph 12's number). */
function textNodes(element: HTMLElement): Text[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(PARAGRAPH_NUMBER) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps each range of the element's text in <mark>, across however many text nodes it spans; occurrences numbered from `first`. */
function markRanges(element: HTMLElement, ranges: readonly Range[], first: number): void {
  const nodes = textNodes(element);
  let offset = 0;
  for (const node of nodes) {
    const start = offset;
    const end = (offset += node.data.length);
    const local = ranges.flatMap((range, i) =>
      range.start < end && range.end > start ? [{ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start, occurrence: first + i }] : [],
    );
    if (local.length === 0) continue;
    const occurrences = new Map(local.map((range) => [range.start, range.occurrence]));
    let at = 0;
    node.replaceWith(
      ...splitByRanges(node.data, local).map((piece) => {
        const pieceStart = at;
        at += piece.text.length;
        if (!piece.marked) return piece.text;
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        mark.setAttribute(OCCURRENCE, String(occurrences.get(pieceStart)));
        return mark;
      }),
    );
  }
}

/**
 * Marks the paragraphs of the document not yet marked: every occurrence of
 * the query's texts and gaps (its positive leaves, as ?hl= carries them), in
 * the paragraph landed on and in the rest of the document. Occurrences are
 * numbered in document order.
 */
function markDocument(paragraphs: readonly HTMLElement[], leaves: readonly Leaf[]): void {
  let next = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.hasAttribute(MARKED)) {
      next = Math.max(next, ...[...paragraph.querySelectorAll(`[${OCCURRENCE}]`)].map((mark) => Number(mark.getAttribute(OCCURRENCE)) + 1));
      continue;
    }
    paragraph.setAttribute(MARKED, '');
    const text = textNodes(paragraph)
      .map((node) => node.data)
      .join('');
    const ranges = occurrenceRanges(text, leaves);
    markRanges(paragraph, ranges, next);
    next += ranges.length;
  }
}

/** The bar that moves between occurrences, made once. */
function occurrenceBar(): { bar: HTMLElement; position: HTMLElement } {
  const existing = document.querySelector<HTMLElement>('.search-occurrences');
  const bar = existing ?? document.createElement('div');
  if (!existing) {
    bar.className = 'search-occurrences';
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', '本文中的检索词');
    const button = (label: string, step: string) => Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: label, value: step });
    const position = document.createElement('span');
    position.setAttribute('aria-live', 'polite');
    bar.append(button('上一处', '-1'), position, button('下一处', '1'));
    document.querySelector('main')?.append(bar);
  }
  return { bar, position: bar.querySelector('span')! };
}

let current = 0;

function show(occurrence: number, total: number, scroll: boolean): void {
  const { position } = occurrenceBar();
  current = occurrence;
  for (const mark of document.querySelectorAll(`.${CURRENT_CLASS}`)) mark.classList.remove(CURRENT_CLASS);
  const marks = [...document.querySelectorAll<HTMLElement>(`mark[${OCCURRENCE}="${occurrence}"]`)];
  for (const mark of marks) mark.classList.add(CURRENT_CLASS);
  position.textContent = `第 ${occurrence + 1} / ${total} 处`;
  const paragraph = marks[0]?.closest<HTMLElement>(PARAGRAPH);
  if (paragraph && !paragraph.classList.contains(LANDING_CLASS)) {
    for (const other of document.querySelectorAll(`.${LANDING_CLASS}`)) other.classList.remove(LANDING_CLASS);
    paragraph.classList.add(LANDING_CLASS);
  }
  if (scroll) marks[0]?.scrollIntoView({ block: 'center' });
}

export function markLanding(): void {
  const leaves = highlightLeaves(location.search);
  const id = decodeFragment(location.hash);
  const target = id ? document.getElementById(id) : null;
  if (leaves.length === 0 || !target) return;
  addStylesOnce('search-landing', styles);
  for (const previous of document.querySelectorAll(`.${LANDING_CLASS}`)) previous.classList.remove(LANDING_CLASS);
  target.classList.add(LANDING_CLASS);
  const paragraphs = [...document.querySelectorAll<HTMLElement>(PARAGRAPH)];
  markDocument(paragraphs.includes(target) ? paragraphs : [...paragraphs, target], leaves);
  const total = new Set([...document.querySelectorAll(`mark[${OCCURRENCE}]`)].map((mark) => mark.getAttribute(OCCURRENCE))).size;
  const first = target.querySelector(`mark[${OCCURRENCE}]`);
  if (total === 0) return;
  const { bar } = occurrenceBar();
  if (!bar.dataset.wired) {
    bar.dataset.wired = '';
    bar.addEventListener('click', (event) => {
      const step = Number((event.target as HTMLButtonElement).closest('button')?.value ?? 0);
      // Round the document: the buttons never go dead under the reader's finger (or focus).
      if (step) show((current + step + total) % total, total, true);
    });
  }
  show(first ? Number(first.getAttribute(OCCURRENCE)) : 0, total, false);
}
