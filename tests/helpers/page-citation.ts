import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { expect } from 'vitest';
import { elements, parsePage } from './dist.ts';

/**
 * A built page's GB/T 7714 citation (#cite-gbt), read from its HTML: the text
 * a reader without script sees, and the text once the script has written an
 * access date into the empty slot (`[YYYY-MM-DD]`; the browser tests check
 * that it does).
 */
export function pageCitation(slug: string): { withoutScript: string; withAccess: (day: string) => string } {
  const [pre] = elements(parsePage(`${slug}/index.html`), (element) => element.properties.id === 'cite-gbt');
  const slot = pre.children.findIndex((child) => child.type === 'element' && child.properties.dataAccessed !== undefined);
  expect(slot, 'the access date slot').toBeGreaterThan(0);
  const text = (children: ElementContent[]) => children.map((child) => toText(child as Element)).join('');
  const [before, after] = [text(pre.children.slice(0, slot)), text(pre.children.slice(slot + 1))];
  expect(text([pre.children[slot]]), 'the slot is empty in the HTML').toBe('');
  return { withoutScript: before + after, withAccess: (day: string) => `${before}[${day}]${after}` };
}
