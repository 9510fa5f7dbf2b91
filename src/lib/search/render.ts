// Browser only: the DOM of the search results. Everything is built with
// createElement and text nodes, never innerHTML: queries and texts stay text.
import { formatChineseDate } from '../date.ts';
import { hitHref } from './links.ts';
import { splitByRanges } from './match.ts';
import type { DocumentHits, Hit } from './results.ts';

/** Hits listed per document before its "show more" button. */
const SHOWN_PER_DOCUMENT = 5;

type Child = Node | string;

function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function hitItem(hit: Hit, terms: readonly string[]): HTMLElement {
  const pieces = splitByRanges(hit.text, hit.ranges).map((piece) => (piece.marked ? h('mark', {}, piece.text) : piece.text));
  return h(
    'li',
    { class: 'hit' },
    // The document's title and date stand in the section heading; the link names them too, for
    // whoever lands on it alone. A label rather than hidden text: hidden text inside a link
    // stretches its box past what can be clicked.
    h('a', { class: 'hit-link', href: hitHref(hit.url, terms), 'aria-label': `${hit.title}，${formatChineseDate(hit.date)}，第${hit.n}段` }, `第${hit.n}段`),
    h('p', { class: 'hit-text' }, ...pieces),
  );
}

function documentSection(group: DocumentHits, terms: readonly string[]): HTMLElement {
  const headingId = `hits-title-${group.document}`;
  const list = h('ul', { class: 'hits', id: `hits-${group.document}` }, ...group.hits.slice(0, SHOWN_PER_DOCUMENT).map((hit) => hitItem(hit, terms)));
  const section = h(
    'section',
    { class: 'result-document', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, group.title),
    h('p', { class: 'result-document-meta' }, h('time', { datetime: group.date }, formatChineseDate(group.date)), ` · ${group.hits.length} 段`),
    list,
  );
  const rest = group.hits.slice(SHOWN_PER_DOCUMENT);
  if (rest.length > 0) {
    const more = `显示其余 ${rest.length} 段`;
    const button = h('button', { type: 'button', class: 'hits-more', 'aria-expanded': 'false', 'aria-controls': list.id }, more);
    let extra: HTMLElement[] | undefined;
    button.addEventListener('click', () => {
      const expand = button.getAttribute('aria-expanded') !== 'true';
      if (!extra) {
        extra = rest.map((hit) => hitItem(hit, terms));
        list.append(...extra);
      }
      for (const item of extra) item.hidden = !expand;
      button.setAttribute('aria-expanded', String(expand));
      button.textContent = expand ? '收起' : more;
    });
    section.append(button);
  }
  return section;
}

export function renderHits(container: HTMLElement, groups: readonly DocumentHits[], terms: readonly string[]): void {
  container.replaceChildren(...groups.map((group) => documentSection(group, terms)));
}
