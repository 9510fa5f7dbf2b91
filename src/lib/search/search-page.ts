// Browser only: the search page. The address holds the query and the chosen
// facets (see url-state.ts); the page searches as the reader types.
import { findParagraphs, hasUnknownCharacter } from './engine.ts';
import { FACETS, facetCounts, isEmptySelection, matchesSelection, type Facet, type FilterValues } from './facets.ts';
import { hanCharacters, queryTerms } from './query.ts';
import { renderHits } from './render.ts';
import { groupByDocument, type Hit } from './results.ts';
import { loadSimplifier } from './simplify.ts';
import { readSearchState, writeSearchState, type SearchState } from './url-state.ts';

interface Outcome {
  hits: Hit[];
  terms: string[];
  /** The simplified query actually searched, when the query as typed found nothing. */
  simplified?: string;
}

const input = document.querySelector<HTMLInputElement>('form[data-search-box] input[name="q"]')!;
const results = document.getElementById('search-results')!;
const status = document.getElementById('search-status')!;
const hitList = document.getElementById('search-hits')!;
const start = document.getElementById('search-start')!;
// The facet checkboxes apply at once (results need JavaScript anyway), so they sit in a group, not a form.
const filters = document.querySelector<HTMLElement>('#search-filters')!;
const documentItems = [...start.querySelectorAll<HTMLElement>('[data-document]')].map((element) => ({
  element,
  filters: Object.fromEntries(FACETS.map((facet) => [facet, [element.dataset[facet] ?? '']])) as FilterValues,
}));

const pageTitle = document.title;
let state: SearchState = readSearchState(location.search);
let latest = 0;
let cached: { key: string; outcome: Promise<Outcome> } | undefined;

/**
 * Searches as typed. A query that finds nothing and has a Chinese character
 * the (simplified) corpus never uses may be in traditional characters: only
 * then is the converter loaded, and the query tried again in simplified.
 */
async function search(query: string): Promise<Outcome> {
  const terms = queryTerms(query);
  const hits = await findParagraphs(terms);
  if (hits.length > 0 || !(await hasUnknownCharacter(hanCharacters(query)))) return { hits, terms };
  const simplified = (await loadSimplifier())(query);
  const simplifiedTerms = queryTerms(simplified);
  if (simplifiedTerms.join(' ') === terms.join(' ')) return { hits, terms };
  return { hits: await findParagraphs(simplifiedTerms), terms: simplifiedTerms, simplified };
}

/** The last search is kept, so that ticking a facet does not search again. */
function searchOnce(query: string): Promise<Outcome> {
  const key = queryTerms(query).join(' ');
  if (cached?.key !== key) cached = { key, outcome: search(query) };
  return cached.outcome;
}

function showCounts(items: readonly { filters: FilterValues }[]): void {
  const counts = facetCounts(items, state.selection);
  for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = box.parentElement!.querySelector('.facet-count')!;
    count.textContent = `（${counts[box.name as Facet].get(box.value) ?? 0}）`;
  }
}

function showStart(): void {
  start.hidden = false;
  hitList.replaceChildren();
  for (const item of documentItems) item.element.hidden = !matchesSelection(item.filters, state.selection);
  showCounts(documentItems);
  status.textContent = '';
}

function showOutcome({ hits, terms, simplified }: Outcome): void {
  start.hidden = true;
  const shown = hits.filter((hit) => matchesSelection(hit.filters, state.selection));
  const groups = groupByDocument(shown);
  renderHits(hitList, groups, terms);
  showCounts(hits);
  const note = simplified ? `已按简体“${simplified.trim()}”检索。` : '';
  const filtered = isEmptySelection(state.selection) ? '' : `（不筛选时共 ${hits.length} 段）`;
  status.textContent =
    hits.length === 0
      ? `${note}未找到包含“${state.query.trim()}”的段落。`
      : shown.length === 0
        ? `${note}筛选条件下未找到段落${filtered}。`
        : `${note}共找到 ${shown.length} 段，分布于 ${groups.length} 篇文献${filtered}。`;
}

function showFailure(): void {
  start.hidden = true;
  hitList.replaceChildren();
  status.textContent = '搜索索引未能加载，暂时无法搜索。请检查网络连接后刷新页面重试。';
}

async function update(): Promise<void> {
  const run = ++latest;
  results.setAttribute('aria-busy', 'true');
  results.dataset.query = state.query;
  document.title = state.query.trim() ? `${state.query.trim()} · ${pageTitle}` : pageTitle;
  try {
    if (queryTerms(state.query).length === 0) showStart();
    else {
      const outcome = await searchOnce(state.query);
      if (run !== latest) return;
      showOutcome(outcome);
    }
  } catch (error) {
    cached = undefined;
    if (run !== latest) return;
    console.error(error);
    showFailure();
  }
  results.setAttribute('aria-busy', 'false');
}

function setState(next: SearchState): void {
  state = next;
  history.replaceState(history.state, '', `${location.pathname}${writeSearchState(state)}`);
  void update();
}

function showState(): void {
  input.value = state.query;
  for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = state.selection[box.name as Facet].includes(box.value);
  }
}

input.addEventListener('input', (event) => {
  // Mid-composition input (pinyin before a character is chosen) is not a query yet.
  if (!(event as InputEvent).isComposing) setState({ ...state, query: input.value });
});
input.addEventListener('compositionend', () => setState({ ...state, query: input.value }));
input.form!.addEventListener('submit', (event) => {
  event.preventDefault();
  setState({ ...state, query: input.value });
});
filters.addEventListener('change', () => {
  const selection = Object.fromEntries(
    FACETS.map((facet) => [facet, [...filters.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((box) => box.value)]),
  ) as SearchState['selection'];
  setState({ ...state, selection });
});
addEventListener('popstate', () => {
  state = readSearchState(location.search);
  showState();
  void update();
});

showState();
if (!state.query) input.focus();
void update();
