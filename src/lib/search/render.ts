// Browser only: the DOM of the search results. Everything is built with
// createElement and text nodes, never innerHTML: queries and texts stay text.
import { formatChineseDate } from '../date.ts';
import { formatQuery } from '../query/format.ts';
import type { GapQuery, Query } from '../query/parse.ts';
import { paragraphLabel } from '../reading/citation.ts';
import { documentPath, paragraphPath } from '../urls.ts';
import { hitHref } from './links.ts';
import type { FillerRow } from './fillers.ts';
import { splitByRanges } from './match.ts';
import type { CatalogueEntry } from './listed-documents.ts';
import type { DocumentMatch } from './matches.ts';
import type { Hit } from './results.ts';
import { TIMELINE, timelineBars } from './timeline.ts';
import { h, svg, type Child } from '../element.ts';

function hitItem(hit: Hit, query: Query): HTMLElement {
  const pieces = splitByRanges(hit.text, hit.ranges).map((piece) => (piece.marked ? h('mark', {}, piece.text) : piece.text));
  const { title, date, slug } = hit.document;
  return h(
    'li',
    { class: 'hit' },
    // The document's title and date stand in the section heading; the link names them too, for
    // whoever lands on it alone. A label rather than hidden text: hidden text inside a link
    // stretches its box past what can be clicked.
    h('a', { class: 'hit-link', href: hitHref(paragraphPath(slug, hit.n), query), 'aria-label': `${title}，${formatChineseDate(date)}，${paragraphLabel(hit.n)}` }, paragraphLabel(hit.n)),
    h('p', { class: 'hit-text' }, ...pieces),
  );
}

function documentSection(match: DocumentMatch, approximate: boolean): HTMLElement {
  const { slug, title, date } = match.document;
  const headingId = `hits-title-${slug}`;
  return h(
    'section',
    { class: 'result-document', 'aria-labelledby': headingId, 'data-document': slug },
    h('h2', { id: headingId }, h('a', { href: documentPath(slug) }, title)),
    h('p', { class: 'result-document-meta' }, h('time', { datetime: date }, formatChineseDate(date)), ` · ${approximate ? '约 ' : ''}${match.paragraphs.length} 段`),
    h('ul', { class: 'hits' }),
  );
}

/** Appends hits under their documents' sections (a document's section is made on its first hit). */
export function appendHits(container: HTMLElement, hits: readonly Hit[], matches: readonly DocumentMatch[], query: Query, approximate: boolean): void {
  for (const hit of hits) {
    let section = [...container.querySelectorAll<HTMLElement>('.result-document')].find((element) => element.dataset.document === hit.document.slug);
    if (!section) {
      section = documentSection(matches.find((match) => match.document.slug === hit.document.slug)!, approximate);
      container.append(section);
    }
    section.querySelector('.hits')!.append(hitItem(hit, query));
  }
}

/**
 * "The term over time": hits per year as bars, each a link to the same
 * search in that year only; a visually hidden table says the same to
 * screen readers.
 */
export function renderTimeline(
  container: HTMLElement,
  years: readonly string[],
  counts: ReadonlyMap<string, number>,
  query: string,
  yearHref: (year: string) => string,
  chosen: readonly string[],
): void {
  const bars = timelineBars(years, counts);
  const caption = `“${query.trim()}”各年份命中段落数`;
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${TIMELINE.width} ${TIMELINE.height}`, preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    ...bars.map((bar) =>
      svg('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, class: chosen.includes(bar.year) ? 'timeline-bar chosen' : 'timeline-bar', 'data-year': bar.year }),
    ),
  );
  const table = h(
    'table',
    { class: 'visually-hidden' },
    h('caption', {}, caption),
    h('tr', {}, h('th', { scope: 'col' }, '年份'), h('th', { scope: 'col' }, '段落数')),
    ...bars.map((bar) => h('tr', {}, h('th', { scope: 'row' }, bar.year), h('td', {}, String(bar.count)))),
  );
  // The bars for pointers; for keyboards and screen readers, the links below, one per year with hits.
  const links = h(
    'ul',
    { class: 'timeline-years', 'aria-label': '按年份筛选' },
    ...bars
      .filter((bar) => bar.count > 0)
      .map((bar) => h('li', {}, h('a', { href: yearHref(bar.year), 'data-year': bar.year, 'aria-current': chosen.includes(bar.year) ? 'true' : 'false' }, `${bar.year}（${bar.count}）`))),
  );
  container.replaceChildren(h('figure', { class: 'timeline' }, h('figcaption', {}, caption), chart, table, links));
}

/**
 * The fillers of a gap query's * as a table (filler, count, first year),
 * each filler a link to the search for its whole span. `partial`: the
 * number of paragraphs read, when they were not all.
 */
export function renderFillers(container: HTMLElement, rows: readonly FillerRow[], gap: GapQuery, partial: number | undefined, spanHref: (query: string) => string): void {
  const pattern = formatQuery(gap);
  const caption = `“${pattern}”中 * 处的用字${partial === undefined ? '' : `（仅统计前 ${partial} 段）`}`;
  container.replaceChildren(
    h(
      'table',
      { class: 'fillers' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '*'), h('th', { scope: 'col' }, '次数'), h('th', { scope: 'col' }, '最早年份'))),
      h(
        'tbody',
        {},
        ...rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, h('a', { href: spanHref(formatQuery({ kind: 'text', text: row.span })), 'data-span': row.span }, row.filler)),
            h('td', {}, String(row.count)),
            h('td', {}, row.firstYear),
          ),
        ),
      ),
    ),
  );
}

/** The start view's list of every document (no query): one item each, by rank, named by data-document for the facets. */
export function renderDocumentList(list: HTMLElement, entries: readonly CatalogueEntry[]): HTMLElement[] {
  const items = entries.map(({ slug, title, date, place, kind, council, paragraphCount }) =>
    h(
      'li',
      { 'data-document': slug },
      h('a', { href: documentPath(slug) }, title),
      h('span', { class: 'search-document-meta' }, h('time', { datetime: date }, formatChineseDate(date)), `，${place} · ${kind} · ${council} · ${paragraphCount} 段`),
    ),
  );
  list.replaceChildren(...items);
  return items;
}
