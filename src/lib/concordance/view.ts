// Browser only: the concordance (语境) of the hits on screen, as a table:
// left context, match, right context in aligned columns, where each line is
// from, and how often it recurs. A table, so keyboards and screen readers
// move through it by rows and cells. Built with createElement and text
// nodes, never innerHTML (texts and queries stay text).
import styles from '../../styles/concordance.css?inline';
import { formatChineseDate } from '../date.ts';
import { addStylesOnce } from '../lazy-styles.ts';
import { paragraphLabel } from '../reading/citation.ts';
import { h } from '../element.ts';
import type { Hit } from '../search/results.ts';
import { SORT_LABELS, VIEW_CONTEXT, collapseLines, kwicLines, sortLines, type KwicGroup, type KwicSort } from './kwic.ts';

/** Paragraphs fetched per page in the concordance: a page of lines, not of paragraphs. */
export const KWIC_PAGE = 100;


function row({ line, count, years }: KwicGroup, href: (hit: { slug: string; n: number }) => string): HTMLElement {
  const { slug, title, date, year } = line.document;
  return h(
    'tr',
    {},
    // The left context is laid out right to left, so that a narrow column cuts its far end, never the characters next to the match.
    h('td', { class: 'kwic-left' }, h('span', {}, line.left)),
    h('td', { class: 'kwic-match' }, h('mark', {}, line.match)),
    h('td', { class: 'kwic-right' }, line.right),
    h(
      'td',
      { class: 'kwic-source' },
      // The name starts with what the link shows (so voice control finds it), then names the document.
      h('a', { href: href({ slug, n: line.n }), 'aria-label': `${year} · ${paragraphLabel(line.n)}，${title}，${formatChineseDate(date)}` }, `${year} · ${paragraphLabel(line.n)}`),
      ...(count > 1 ? [h('span', { class: 'kwic-count' }, `×${count}（${years.join('、')}）`)] : []),
    ),
  );
}

/** The concordance of `hits` in `sort`'s order, identical lines as one, in place of what `container` held. */
export function renderKwic(container: HTMLElement, hits: readonly Hit[], sort: KwicSort, query: string, href: (hit: { slug: string; n: number }) => string): void {
  addStylesOnce('kwic', styles);
  const lines = sortLines(
    hits.flatMap((hit) => kwicLines(hit, VIEW_CONTEXT)),
    sort,
  );
  const groups = collapseLines(lines);
  const caption = `“${query.trim()}”的语境：${lines.length} 处${groups.length < lines.length ? `，相同的合为一行，共 ${groups.length} 行` : ''}，${SORT_LABELS[sort]}排列`;
  container.replaceChildren(
    h(
      'table',
      { class: 'kwic', tabindex: '-1' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col', class: 'kwic-left' }, '左侧语境'), h('th', { scope: 'col', class: 'kwic-match' }, '检索词'), h('th', { scope: 'col', class: 'kwic-right' }, '右侧语境'), h('th', { scope: 'col', class: 'kwic-source' }, '出处')),
      ),
      h('tbody', {}, ...groups.map((group) => row(group, href))),
    ),
  );
}
