import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { PROJECT_ROOT } from '../helpers/project.ts';
import type { Locator, Page } from '@playwright/test';

/** The paragraph records the build was made from: what every page must show, exactly. */
export const records = await readParagraphRecords(PROJECT_ROOT);

export const slugs = [...new Set(records.map((record) => record.document))];

export const countOf = (slug: string) => records.filter((record) => record.document === slug).length;

/** Every element whose id has the permalink form p{N}, with the text of its paragraph proper (its <p>; the rest is interface). */
export function permalinkTexts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[id]')]
      .filter((element) => /^p\d+$/.test(element.id))
      .map((element) => ({ id: element.id, className: element.className, text: [...element.children].filter((child) => child.tagName === 'P').map((p) => p.textContent).join('') })),
  );
}

/** A paragraph counts as highlighted when it carries a background of its own. */
export async function isHighlighted(paragraph: Locator): Promise<boolean> {
  const background = await paragraph.evaluate((element) => getComputedStyle(element).backgroundColor);
  return background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent';
}

export async function highlightedNumbers(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.paragraph')]
      .filter((element) => !['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(element).backgroundColor))
      .map((element) => Number(element.id.slice(1))),
  );
}

export const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

/** The browser's calendar day as YYYY-MM-DD: the access date a citation copied now carries. */
export const browserToday = (page: Page) =>
  page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  });
