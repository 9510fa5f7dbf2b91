/**
 * The one tokeniser of search, used when the index is built and when a query
 * runs. Pagefind's own Chinese handling segments words (jieba when indexing,
 * Intl.Segmenter in the browser); the two disagree and neither finds a
 * substring inside a word. So the index holds character n-grams of its own,
 * one token per character of the text (a token's position is the
 * character's offset), in two Pagefind languages that Pagefind neither
 * segments nor stems:
 *   - BIGRAM: at each character, the character and the next one when both are
 *     word characters (the CJK bigrams of Lucene and Elasticsearch). A run of
 *     two or more word characters occurs at offset p exactly where its
 *     bigrams occur at p, p+1, …: an exact substring test, and a bigram's
 *     postings are far shorter than those of its two characters.
 *   - CHARACTER: each word character alone, for one-character queries.
 * Any other character is a token Pagefind does not index ("."): it keeps the
 * offsets and stops a run from reaching across punctuation.
 */

/**
 * Pagefind indexes only alphanumeric characters (Rust's `char::is_alphanumeric`:
 * Alphabetic or Numeric).
 */
const WORD_CHARACTER = /^[\p{Alphabetic}\p{N}]$/u;

/** A token with no alphanumeric character: Pagefind counts its position and indexes nothing. */
export const GAP_TOKEN = '.';

export const INDEX_LANGUAGES = { bigram: 'zxx-x-bigram', character: 'zxx-x-char' } as const;
export type IndexKind = keyof typeof INDEX_LANGUAGES;

export function isWordCharacter(char: string): boolean {
  return WORD_CHARACTER.test(char);
}

/** One token per character of `text` (code points), for the index of that kind. */
export function textTokens(text: string, kind: IndexKind): string[] {
  const chars = Array.from(text);
  return chars.map((char, i) => {
    if (!isWordCharacter(char)) return GAP_TOKEN;
    if (kind === 'character') return char;
    const next = chars[i + 1];
    return next !== undefined && isWordCharacter(next) ? char + next : GAP_TOKEN;
  });
}

/**
 * Where a document's paragraphs sit in its index positions: paragraph after
 * paragraph, each in one block of `block` positions, or in `slots` blocks for
 * the few longer ones (`long`: [n, slots], by n). Any position then tells its
 * paragraph (paragraphAt), and a run never reaches into the next paragraph
 * (the gaps that fill a block stop it). The block is about the length of the
 * document's 90th-percentile paragraph: one block per paragraph would need the
 * longest, and Pagefind would hold all those gap positions in memory.
 */
export interface Layout {
  block: number;
  long: [n: number, slots: number][];
  /** How many paragraphs: with the blocks of the long ones, the document's extent in the index (layoutSize). */
  paragraphs: number;
}

const BLOCK_PERCENTILE = 0.9;

export function documentLayout(texts: readonly string[]): Layout {
  const sizes = texts.map((text) => Array.from(text).length + 1);
  const sorted = sizes.toSorted((a, b) => a - b);
  const block = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * BLOCK_PERCENTILE))] ?? 1;
  const long = sizes.flatMap((size, i): [number, number][] => (size > block ? [[i + 1, Math.ceil(size / block)]] : []));
  return { block, long, paragraphs: texts.length };
}

/** How many index positions a document takes: all its paragraphs' blocks (what documentContent gives Pagefind). */
export function layoutSize({ block, long, paragraphs }: Layout): number {
  return (paragraphs + long.reduce((extra, [, slots]) => extra + slots - 1, 0)) * block;
}

/** The layout as a page carries it (data-layout): "block paragraphs", then " n:slots" for each long paragraph. */
export function formatLayout({ block, long, paragraphs }: Layout): string {
  return [String(block), String(paragraphs), ...long.map(([n, slots]) => `${n}:${slots}`)].join(' ');
}

export function parseLayout(text: string): Layout {
  const [block, paragraphs, ...long] = text.trim().split(/\s+/);
  return { block: Number(block), long: long.map((entry) => entry.split(':').map(Number) as [number, number]), paragraphs: Number(paragraphs) };
}

/**
 * The paragraph number (1-based) of an index position, the character offset
 * in it, and the end of its blocks (the first position of the next paragraph).
 */
export function paragraphAt(position: number, { block, long }: Layout): { n: number; offset: number; end: number } {
  const slot = Math.floor(position / block);
  // Slots taken before paragraph n beyond one each, from the long paragraphs before it.
  let extra = 0;
  for (const [n, slots] of long) {
    const first = n - 1 + extra;
    if (slot < first) break;
    if (slot < first + slots) return { n, offset: position - first * block, end: (first + slots) * block };
    extra += slots - 1;
  }
  const n = slot - extra + 1;
  return { n, offset: position - (n - 1 + extra) * block, end: (slot + 1) * block };
}

/** What Pagefind indexes for a whole document: its paragraphs' tokens, each padded with gaps to its blocks. */
export function documentContent(texts: readonly string[], kind: IndexKind, layout = documentLayout(texts)): string {
  const slots = new Map(layout.long);
  return texts
    .map((text, i) => {
      const tokens = textTokens(text, kind);
      const size = (slots.get(i + 1) ?? 1) * layout.block;
      return tokens.concat(Array<string>(size - tokens.length).fill(GAP_TOKEN)).join(' ');
    })
    .join(' ');
}

/** A run of word characters in a query term, and its offset (code points) in the term. */
export interface Run {
  text: string;
  offset: number;
}

/** The runs of word characters of a term: what the index can look up (punctuation is not in it). */
export function termRuns(term: string): Run[] {
  const runs: Run[] = [];
  let offset = 0;
  let current: Run | undefined;
  for (const char of term) {
    if (isWordCharacter(char)) {
      current ??= { text: '', offset };
      current.text += char;
    } else if (current) {
      runs.push(current);
      current = undefined;
    }
    offset += 1;
  }
  if (current) runs.push(current);
  return runs;
}

/** An index word a run is looked up by, and its offset in the run. */
export interface RunWord {
  word: string;
  offset: number;
  kind: IndexKind;
}

/**
 * The words that find a run: its one character, or bigrams covering it — at
 * offsets 0, 2, 4, … and the last pair — which pin down every character.
 * Fewer words than all overlapping bigrams, so fewer postings to fetch.
 */
export function runWords(run: string): RunWord[] {
  const chars = Array.from(run);
  if (chars.length === 1) return [{ word: chars[0], offset: 0, kind: 'character' }];
  const offsets = new Set<number>();
  for (let at = 0; at < chars.length - 1; at += 2) offsets.add(at);
  offsets.add(chars.length - 2);
  return [...offsets].map((offset) => ({ word: chars[offset] + chars[offset + 1], offset, kind: 'bigram' }));
}
