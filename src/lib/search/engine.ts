// Browser only: finds the paragraphs that contain a query, with Pagefind as
// the engine. Pagefind finds candidates by exact phrases of characters (see
// tokens.ts); each candidate is then checked against its real text.
import { parseParagraphPath } from '../urls.ts';
import { matchRanges } from './match.ts';
import { intersectById, type Hit } from './results.ts';
import { contentText, phraseQueries } from './tokens.ts';

/** The part of Pagefind's browser API used here (Pagefind ships no types for it). */
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

let engine: Promise<Pagefind> | undefined;

/** Loads and starts Pagefind once; a failed load is tried again on the next call. */
export function loadEngine(): Promise<Pagefind> {
  if (!engine) {
    engine = import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
      // The index is small and a search takes a few milliseconds: starting a
      // web worker (another 43 KB script, then its own start-up) costs more than it saves.
      await pagefind.options({ noWorker: true });
      await pagefind.init();
      return pagefind;
    });
    engine.catch(() => {
      engine = undefined;
    });
  }
  return engine;
}

/** Every paragraph that contains all the terms (folded, see queryTerms). */
export async function findParagraphs(terms: readonly string[]): Promise<Hit[]> {
  const pagefind = await loadEngine();
  const phrases = [...new Set(terms.flatMap(phraseQueries))];
  const searches = await Promise.all(phrases.map((phrase) => pagefind.search(phrase)));
  // Pagefind returns every result of a search (it has no page size); the candidates are loaded in full.
  const candidates = intersectById(searches.map((search) => search.results));
  const fragments = await Promise.all(candidates.map((candidate) => candidate.data()));
  return fragments.flatMap((fragment) => {
    const paragraph = parseParagraphPath(fragment.url);
    const text = contentText(fragment.content);
    const ranges = matchRanges(text, terms);
    if (!paragraph || !ranges) return [];
    const { title, date } = fragment.meta;
    return [{ ...paragraph, url: fragment.url, title, date, text, ranges, filters: fragment.filters }];
  });
}

/** Whether some of the characters occurs nowhere in the corpus (each is a word of the index). */
export async function hasUnknownCharacter(characters: readonly string[]): Promise<boolean> {
  const pagefind = await loadEngine();
  const searches = await Promise.all(characters.map((character) => pagefind.search(`"${character}"`)));
  return searches.some((search) => search.results.length === 0);
}
