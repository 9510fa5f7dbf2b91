// Browser only: Pagefind as the engine of search (see tokens.ts for what the
// index holds). Every search of a word returns, per index page holding it
// (index-pages.ts), all its positions, which tell the document and, in it,
// the paragraph (positions.ts): a term's paragraphs without any text fetched.
import { documentPositions, type IndexPage } from './index-pages.ts';
import { PAGE_FILTER, RANK_SORT } from './records.ts';
import { SEARCH_ENTRY_TAG, SEARCH_INDEX_PATHS } from '../urls.ts';
import { INDEX_LANGUAGES, type IndexKind } from './tokens.ts';

/** The part of Pagefind's browser API used here (Pagefind ships no types for it). */
interface PagefindModule {
  createInstance(options: { basePath: string; noWorker?: boolean; exactDiacritics?: boolean; metaCacheTag?: string }): PagefindInstance;
}
interface PagefindInstance {
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
  search(
    term: string,
    options: { sort: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { words: number[] }[]; filters: Record<string, Record<string, number>> }>;
}

/** Where each word occurs: document slug → its positions there (in no particular order). */
export type WordPositions = Map<string, readonly number[]>;

interface Engine {
  pagefind: PagefindInstance;
  /** Resolves once Pagefind has loaded its index (see whenReady): calls made after it start at once. */
  ready: Promise<void>;
  /** The page filter, whose counts name the index pages of each result list (loaded alongside the first words). */
  filters: Promise<unknown>;
}

/** whenReady's checks: one every 5 ms, for at most a second (the index is there after 100–200 ms at 1,000 documents). */
export const READY_CHECK_SPACING = 5;
export const READY_CHECKS = 200;

/**
 * Pagefind's main-thread instance loads its index (metadata, WebAssembly)
 * in the background, and every call made before that is done checks for it
 * again only 50 ms later (pagefind.js 1.6: getPtr). A call made just before
 * the index is ready thus waits up to 50 ms for nothing, and while the main
 * thread is busy loading the index, calls made 10 ms apart wake up together
 * and leave longer holes. So a call that needs nothing but the index (an
 * empty term, which Pagefind answers at once without fetching) is made every
 * few milliseconds until one finds the index; the real calls (filters, word
 * chunks) are made after it, when Pagefind answers at once. After
 * READY_CHECKS, the calls still waiting go on checking every 50 ms.
 * tests/build/pagefind-ready.test.ts fails when Pagefind stops waiting that way.
 */
export function whenReady(pagefind: Pick<PagefindInstance, 'preload'>): Promise<void> {
  let timer: ReturnType<typeof setInterval> | undefined;
  let checks = 0;
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (++checks > READY_CHECKS) clearInterval(timer);
      else pagefind.preload('').then(resolve, reject);
    };
    timer = setInterval(check, READY_CHECK_SPACING);
    check();
  });
  return ready.finally(() => clearInterval(timer));
}

const instances = new Map<IndexKind, Promise<Engine>>();

/**
 * One Pagefind instance per index kind, each from its bundle. Pagefind
 * picks the index whose language is the page's <html lang> and, for a
 * Chinese page, cuts every query with Intl.Segmenter, which would split the
 * bigrams; there is no option to name the language. So the page's lang is
 * swapped for the index language while the instance is created: Pagefind
 * reads it synchronously there, and the original is back before anything
 * can render or announce it.
 */
function loadInstance(kind: IndexKind): Promise<Engine> {
  let instance = instances.get(kind);
  if (!instance) {
    const base = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${SEARCH_INDEX_PATHS[kind]}`;
    // Each bundle's own script: its WebAssembly glue holds one index's memory.
    instance = import(/* @vite-ignore */ `${base}pagefind.js`).then((pagefind: PagefindModule) => {
      const root = document.documentElement;
      const lang = root.lang;
      root.lang = INDEX_LANGUAGES[kind];
      let created: PagefindInstance;
      try {
        // No web worker: a search takes milliseconds, the worker's start-up more.
        created = pagefind.createInstance({ basePath: base, noWorker: true, exactDiacritics: true, metaCacheTag: SEARCH_ENTRY_TAG });
      } finally {
        root.lang = lang;
      }
      const ready = whenReady(created);
      const filters = ready.then(() => created.filters());
      // A failed load is tried again on the next search.
      filters.catch(() => instances.delete(kind));
      return { pagefind: created, ready, filters };
    });
    instance.catch(() => instances.delete(kind));
    instances.set(kind, instance);
  }
  return instance;
}

/** Starts loading the engine of an index kind (by default the bigram index, which most queries use). */
export function loadEngine(kind: IndexKind = 'bigram'): Promise<unknown> {
  return loadInstance(kind);
}

/**
 * Every position of an index word, per document (positions in the
 * document). Results come sorted by index page; the page filter's counts
 * say which pages they are (numbers, so in the same order), and `pages`
 * (indexPages of the documents in rank order) where each document sits in
 * its page.
 */
export async function wordPositions(kind: IndexKind, word: string, pages: readonly IndexPage[]): Promise<WordPositions> {
  const engine = await loadInstance(kind);
  // The word's chunks and the page filter, fetched side by side once the index is there.
  await engine.ready;
  await Promise.all([engine.filters, engine.pagefind.preload(word)]);
  const { results, filters } = await engine.pagefind.search(word, { sort: { [RANK_SORT]: 'asc' } });
  const found = Object.entries(filters[PAGE_FILTER] ?? {})
    .filter(([, count]) => count > 0)
    .map(([page]) => Number(page))
    .sort((a, b) => a - b);
  if (found.length !== results.length) throw new Error(`Search index: ${results.length} results for “${word}” but ${found.length} pages`);
  const positions: WordPositions = new Map();
  found.forEach((number, i) => {
    const page = pages[number];
    if (!page) throw new Error(`Search index: “${word}” found in page ${number}, which lists no documents`);
    for (const [slug, list] of documentPositions(page, results[i].words)) positions.set(slug, list);
  });
  return positions;
}
