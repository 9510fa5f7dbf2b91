// Browser only: what a run of numbered elements looks like on arrival, the
// same for paragraphs on reading pages (#p12-p15, src/lib/reading/paragraph-tools.ts)
// and lines on source views (#L33-L35, src/lib/source/line-selection.ts).
import type { NumberRange } from './anchor.ts';

const SELECTED = 'is-selected';

/** Marks the elements of `range` (none when undefined) as selected, and only them, among `container`'s. */
export function markRun(container: Element, range: NumberRange | undefined, element: (n: number) => HTMLElement): void {
  for (const marked of container.querySelectorAll(`.${SELECTED}`)) marked.classList.remove(SELECTED);
  if (range) for (let n = range.from; n <= range.to; n++) element(n).classList.add(SELECTED);
}

/**
 * Shows the address of an arrived-at run in its canonical form ("#p15-12"
 * works, but the address shown and copied is "#p12-p15") and brings the run
 * into view: a single element is the browser's own :target, a run has no
 * element to scroll to, so its first one is.
 */
export function settleRun(range: NumberRange, canonicalHash: string, first: HTMLElement): void {
  if (location.hash !== canonicalHash) history.replaceState(null, '', canonicalHash);
  if (range.to > range.from) first.scrollIntoView();
}
