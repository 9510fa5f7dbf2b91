// Browser only: the search page's wiring. The address holds the query and
// the chosen facets (url-state.ts); the page searches as the reader types.
// What a search finds comes from search-run.ts, what the status says from
// status.ts, the DOM from render.ts.
import { enhanceExportControls } from '../concordance/export-controls.ts';
import { KWIC_SORTS } from '../concordance/kwic.ts';
import { KWIC_PAGE, renderKwic } from '../concordance/view.ts';
import { requireElement } from '../element.ts';
import { paragraphPath, trendsUrl } from '../urls.ts';
import { loadEngine, wordPositions } from './engine.ts';
import { FACETS, emptySelection, facetCounts, isEmptySelection, matchesSelection, type Facet } from './facets.ts';
import { formatQuery } from '../query/format.ts';
import { isEmptyQuery, isQueryError, parseQuery, type Query } from '../query/parse.ts';
import { hanCharacters, leafTexts, positiveLeaves, queryLeaves } from '../query/terms.ts';
import { fillerRows, withinFiles } from './fillers.ts';
import { hitHref } from './links.ts';
import { matchRanges } from './match.ts';
import { planTerm } from './positions.ts';
import type { DocumentMatch } from './matches.ts';
import { appendHits, renderDocumentList, renderFillers, renderTimeline } from './render.ts';
import { firstPageLoader } from './first-page.ts';
import { HITS_PER_PAGE, HitPager, documentFilters, isSelected, paragraphCount, selectMatches, verifyMatches, type Hit } from './results.ts';
import { runSearch, type Outcome } from './search-run.ts';
import { loadSimplifier } from './simplify.ts';
import { moreLabel, statusMessage } from './status.ts';
import { paragraphText, textFileOf } from './texts.ts';
import { readCatalogue, readCharacters, type Catalogue } from './catalogue.ts';
import { DEFAULT_KWIC_SORT, readSearchState, writeSearchState, type SearchState } from './url-state.ts';

// The bundles the query in the address needs start loading first, beside the
// catalogue: only the character bundle for a query of single characters,
// never both unasked; and the corpus's characters for a query in Chinese
// (runSearch checks its characters against them before searching).
{
  const query = parseQuery(readSearchState(location.search).query);
  if (!isQueryError(query)) {
    const texts = leafTexts(queryLeaves(query));
    const kinds = new Set(texts.flatMap((text) => planTerm(text).words.map((word) => word.kind)));
    // Failures are reported by the search that needs the file.
    for (const kind of kinds) loadEngine(kind).catch(() => {});
    if (hanCharacters(texts.join('')).length > 0) readCharacters().catch(() => {});
  }
}
readCatalogue().catch(() => {
  // Likewise: read again when needed, and a failure reported then.
});

const input = document.querySelector<HTMLInputElement>('form[data-search-box] input[name="q"]')!;
const results = requireElement('search-results');
const status = requireElement('search-status');
const timeline = requireElement('search-timeline');
const trends = requireElement('search-trends', HTMLAnchorElement);
const patterns = requireElement('search-patterns');
const hitList = requireElement('search-hits');
const more = requireElement('search-more', HTMLButtonElement);
const exact = requireElement('search-exact', HTMLButtonElement);
const start = requireElement('search-start');
const documentList = requireElement('search-documents');
const tools = requireElement('search-tools');
const sort = tools.querySelector<HTMLSelectElement>('select[name="sort"]')!;
// The facet checkboxes apply at once (results need JavaScript anyway), so they sit in a group, not a form.
const filters = requireElement('search-filters');

/** The start view's items, one per document, drawn the first time it shows. */
let listed: HTMLElement[] | undefined;

const pageTitle = document.title;
let state: SearchState = readSearchState(location.search);
let latest = 0;
let cached: { key: string; outcome: Promise<Outcome> } | undefined;
let pager: HitPager | undefined;
/** The hits on screen, kept so that the concordance can sort them all again as pages come. */
let shown: Hit[] = [];

async function search(query: Query): Promise<Outcome> {
  const { documents, pages } = await readCatalogue();
  const { selection, document: only } = state;
  return runSearch(query, documents, {
    lookUp: (kind, word) => wordPositions(kind, word, pages),
    loadCharacters: readCharacters,
    loadSimplifier,
    onMatch: firstPageLoader((match) => isSelected(match, selection, only), pageSize(), paragraphText),
  });
}

/** The last search is kept, so that ticking a facet does not search again. */
function searchOnce(query: Query): Promise<Outcome> {
  const key = formatQuery(query);
  if (cached?.key !== key) cached = { key, outcome: search(query) };
  return cached.outcome;
}

function showCounts(items: readonly { filters: Record<string, readonly string[]>; count: number }[], approximate: boolean): void {
  const counts = facetCounts(items, state.selection);
  for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = box.parentElement!.querySelector('.facet-count')!;
    count.textContent = `（${approximate ? '约' : ''}${counts[box.name as Facet].get(box.value) ?? 0}）`;
  }
}

function clearResults(): void {
  hitList.replaceChildren();
  shown = [];
  tools.hidden = true;
  timeline.replaceChildren();
  trends.hidden = true;
  patterns.replaceChildren();
  more.hidden = true;
  exact.hidden = true;
  delete results.dataset.total;
  delete results.dataset.totalApproximate;
  delete results.dataset.queryError;
}

function showStart({ documents }: Catalogue): void {
  start.hidden = false;
  clearResults();
  listed ??= renderDocumentList(documentList, documents);
  documents.forEach((document, i) => {
    listed![i].hidden = !matchesSelection(documentFilters(document), state.selection) || (!!state.document && document.slug !== state.document);
  });
  showCounts(
    documents.map((document) => ({ filters: documentFilters(document), count: 1 })),
    false,
  );
  status.textContent = '';
}

function yearHref(year: string): string {
  return `${location.pathname}${writeSearchState({ ...state, selection: { ...state.selection, year: [year] } })}`;
}

/** Hits per page: the concordance shows a line per occurrence, so it takes more paragraphs at a time. */
const pageSize = () => (state.view === 'kwic' ? KWIC_PAGE : HITS_PER_PAGE);

/** Adds hits to the results, as paragraphs under their documents or as the concordance of every hit shown. */
function showHits(hits: readonly Hit[], selected: readonly DocumentMatch[], query: Query, approximate: boolean): void {
  shown.push(...hits);
  if (state.view !== 'kwic') appendHits(hitList, hits, selected, query, approximate);
  else renderKwic(hitList, shown, state.sort ?? DEFAULT_KWIC_SORT, state.query, ({ slug, n }) => hitHref(paragraphPath(slug, n), query));
}

async function showOutcome({ query, matches, simplified }: Outcome, { years }: Catalogue, run: number): Promise<void> {
  const selected = selectMatches(matches.documents, state.selection, state.document);
  const next = new HitPager(selected, query, paragraphText);
  const first = await next.nextPage(pageSize());
  if (run !== latest) return;
  pager = next;
  start.hidden = true;
  clearResults();
  const approximate = !matches.exact;
  const selectedCount = paragraphCount(selected);
  const items = selectMatches(matches.documents, emptySelection(), state.document).map((match) => ({ filters: documentFilters(match.document), count: match.paragraphs.length }));
  showCounts(items, approximate);
  if (matches.documents.length > 0) {
    const perYear = facetCounts(items, state.selection).year;
    renderTimeline(timeline, years, perYear, state.query, yearHref, state.selection.year);
  }
  showHits(first, selected, query, approximate);
  tools.hidden = selectedCount === 0;
  trends.href = trendsUrl(leafTexts(positiveLeaves(query)));
  trends.hidden = false;
  status.textContent = statusMessage({
    query: state.query,
    simplified,
    total: paragraphCount(matches.documents),
    selected: selectedCount,
    documents: selected.length,
    filtered: !isEmptySelection(state.selection) || !!state.document,
    approximate,
  });
  results.dataset.total = String(selectedCount);
  if (approximate) results.dataset.totalApproximate = '';
  exact.hidden = !approximate || selectedCount === 0;
  showMore(first.length, selectedCount, approximate);
  void showFillers(query, selected, run);
}

/**
 * For a gap query (A*B), the table of what fills the gap, from the texts of
 * the first paragraphs in FILLER_FILES text files (fetched after the first screen).
 */
async function showFillers(query: Query, selected: readonly DocumentMatch[], run: number): Promise<void> {
  const gap = positiveLeaves(query).find((leaf) => leaf.kind === 'gap');
  if (!gap || selected.length === 0) return;
  const refs = withinFiles(
    selected.flatMap(({ document, paragraphs }) => paragraphs.map((n) => ({ document, n }))),
    ({ document, n }) => `${document.slug}/${textFileOf(n)}`,
  );
  try {
    const texts = await Promise.all(refs.map(async ({ document, n }) => ({ text: await paragraphText(document.slug, n), year: document.year })));
    if (run !== latest) return;
    const rows = fillerRows(
      texts.filter(({ text }) => matchRanges(text, query)),
      gap,
    );
    if (rows.length > 0) renderFillers(patterns, rows, gap, refs.length < paragraphCount(selected) ? refs.length : undefined, (span) => `${location.pathname}${writeSearchState({ ...state, query: span })}`);
  } catch (error) {
    // The hits are on screen; the table is an extra.
    console.error(error);
  }
}

function showMore(shown: number, selected: number, approximate: boolean): void {
  more.hidden = !pager || pager.done;
  more.dataset.shown = String(shown);
  more.textContent = moreLabel(shown, selected, approximate);
}

function showQueryError(message: string, at: number): void {
  start.hidden = true;
  clearResults();
  status.textContent = `检索式有误（第 ${Array.from(state.query.slice(0, at)).length + 1} 个字符处）：${message}`;
  results.dataset.total = '0';
  results.dataset.queryError = '';
}

function showFailure(): void {
  start.hidden = true;
  clearResults();
  status.textContent = '搜索索引未能加载，暂时无法搜索。请检查网络连接后刷新页面重试。';
}

async function busy(work: (run: number) => Promise<void>): Promise<void> {
  const run = ++latest;
  results.setAttribute('aria-busy', 'true');
  results.dataset.query = state.query;
  try {
    await work(run);
  } catch (error) {
    cached = undefined;
    if (run !== latest) return;
    console.error(error);
    showFailure();
  }
  if (run === latest) results.setAttribute('aria-busy', 'false');
}

function update(): Promise<void> {
  document.title = state.query.trim() ? `${state.query.trim()} · ${pageTitle}` : pageTitle;
  return busy(async (run) => {
    const query = parseQuery(state.query);
    if (isQueryError(query)) showQueryError(query.message, query.at);
    else if (isEmptyQuery(query)) {
      const catalogue = await readCatalogue();
      if (run === latest) showStart(catalogue);
    } else {
      const outcome = await searchOnce(query);
      await showOutcome(outcome, await readCatalogue(), run);
    }
  });
}

function setState(next: SearchState): void {
  state = next;
  // The address holds the query's canonical text (formatQuery), as typed while it cannot be read.
  const query = parseQuery(state.query);
  history.replaceState(history.state, '', `${location.pathname}${writeSearchState({ ...state, query: isQueryError(query) ? state.query : formatQuery(query) })}`);
  void update();
}

function showState(): void {
  input.value = state.query;
  for (const radio of tools.querySelectorAll<HTMLInputElement>('input[name="view"]')) radio.checked = radio.value === (state.view ?? 'paragraphs');
  sort.value = state.sort ?? DEFAULT_KWIC_SORT;
  sort.closest('label')!.hidden = state.view !== 'kwic';
  for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = state.selection[box.name as Facet].includes(box.value);
  }
}

// A typed query searches every document again: a ?doc= restriction belongs to the link that set it.
input.addEventListener('input', (event) => {
  // Mid-composition input (pinyin before a character is chosen) is not a query yet.
  if (!(event as InputEvent).isComposing) setState({ ...state, query: input.value, document: undefined });
});
input.addEventListener('compositionend', () => setState({ ...state, query: input.value, document: undefined }));
input.form!.addEventListener('submit', (event) => {
  event.preventDefault();
  setState({ ...state, query: input.value, document: undefined });
});
filters.addEventListener('change', () => {
  const selection = Object.fromEntries(
    FACETS.map((facet) => [facet, [...filters.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((box) => box.value)]),
  ) as SearchState['selection'];
  setState({ ...state, selection });
});
timeline.addEventListener('click', (event) => {
  const year = (event.target as Element).closest('[data-year]')?.getAttribute('data-year');
  if (!year) return;
  event.preventDefault();
  setState({ ...state, selection: { ...state.selection, year: [year] } });
  showState();
});
more.addEventListener('click', () => {
  const current = pager;
  void busy(async (run) => {
    const outcome = await cached!.outcome;
    const page = await current!.nextPage(pageSize());
    if (run !== latest || current !== pager) return;
    const selected = selectMatches(outcome.matches.documents, state.selection, state.document);
    const before = hitList.querySelectorAll('.hit').length;
    showHits(page, selected, outcome.query, !outcome.matches.exact);
    showMore(Number(more.dataset.shown) + page.length, paragraphCount(selected), !outcome.matches.exact);
    // The button is gone once every hit is shown: focus moves to the first hit it added (the concordance, sorted anew, as a whole).
    if (more.hidden) (state.view === 'kwic' ? hitList.querySelector<HTMLElement>('table') : hitList.querySelectorAll<HTMLElement>('.hit a.hit-link')[before])?.focus();
  });
});
tools.addEventListener('change', (event) => {
  if (!(event.target as Element).matches('input[name="view"], select[name="sort"]')) return;
  const view = tools.querySelector<HTMLInputElement>('input[name="view"]:checked')?.value === 'kwic' ? 'kwic' : undefined;
  const chosen = KWIC_SORTS.find((value) => value === sort.value && value !== DEFAULT_KWIC_SORT);
  setState({ query: state.query, selection: state.selection, ...(state.document ? { document: state.document } : {}), ...(view ? { view } : {}), ...(view && chosen ? { sort: chosen } : {}) });
  showState();
});
enhanceExportControls(tools, async () => {
  const outcome = await cached?.outcome;
  if (!outcome) return undefined;
  const { documents } = await readCatalogue();
  return {
    query: state.query,
    matches: selectMatches(outcome.matches.documents, state.selection, state.document),
    parsed: outcome.query,
    documentsSearched: documents.filter((document) => matchesSelection(documentFilters(document), state.selection) && (!state.document || document.slug === state.document)).length,
  };
});
exact.addEventListener('click', () => {
  const key = cached!.key;
  const outcome = cached!.outcome.then(async (found) => ({ ...found, matches: await verifyMatches(found.matches, found.query, paragraphText) }));
  cached = { key, outcome };
  void update();
});
addEventListener('popstate', () => {
  state = readSearchState(location.search);
  showState();
  void update();
});

showState();
if (!state.query) input.focus();
void update();
