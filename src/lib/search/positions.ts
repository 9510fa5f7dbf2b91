import { paragraphAt, runWords, termRuns, type IndexKind, type Layout } from './tokens.ts';

/** An index word to look up for a term, with its offset in the term (code points). */
export interface TermWord {
  word: string;
  kind: IndexKind;
  offset: number;
}

/** How a term is looked up: its words, whether finding them all proves the term is there, and its length. */
export interface TermPlan {
  words: TermWord[];
  /**
   * True when the term is one run of word characters: its words at the right
   * offsets are exactly the term. Punctuation is not in the index, so a term
   * with punctuation is only a candidate until checked against the text.
   */
  exact: boolean;
}

export function planTerm(term: string): TermPlan {
  const runs = termRuns(term);
  const words = runs.flatMap((run) => runWords(run.text).map(({ word, kind, offset }) => ({ word, kind, offset: run.offset + offset })));
  return { words, exact: runs.length === 1 && Array.from(runs[0].text).length === Array.from(term).length };
}

/**
 * The index positions (ascending) in one document where the term starts:
 * every word of the plan sits at its offset from the start, the start and
 * the words in one paragraph. Overlapping occurrences each count ("哈哈" twice
 * in "哈哈哈"). `positions` holds, per word of the plan, its index positions
 * in the document (see tokens.ts); `layout` is where its paragraphs sit.
 */
export function termStarts(plan: TermPlan, positions: readonly (readonly number[])[], layout: Layout): number[] {
  if (plan.words.length === 0 || positions.length !== plan.words.length) return [];
  // Anchored on the word with the fewest positions; the others are looked up (a one-word term, the most common, needs no set).
  let anchor = 0;
  positions.forEach((list, i) => {
    if (list.length < positions[anchor].length) anchor = i;
  });
  const sets = positions.map((list, i) => (i === anchor ? undefined : new Set(list)));
  // Every word must start inside the start's paragraph: the furthest one decides.
  const last = Math.max(...plan.words.map((word) => word.offset));
  const starts: number[] = [];
  for (const position of positions[anchor]) {
    const start = position - plan.words[anchor].offset;
    if (start < 0 || !plan.words.every((word, i) => i === anchor || sets[i]!.has(start + word.offset))) continue;
    // A one-word term cannot cross a paragraph end: no lookup of its paragraph for each of its (often thousands of) positions.
    if (last === 0 || start + last < paragraphAt(start, layout).end) starts.push(start);
  }
  return starts.sort((a, b) => a - b);
}

/** The paragraphs (numbers, ascending) of one document that hold the term: those of its starts (termStarts). */
export function termParagraphs(plan: TermPlan, positions: readonly (readonly number[])[], layout: Layout): number[] {
  return startParagraphs(termStarts(plan, positions, layout), layout);
}

/** The paragraphs (numbers, ascending) of ascending index positions. */
export function startParagraphs(starts: readonly number[], layout: Layout): number[] {
  const paragraphs: number[] = [];
  // A paragraph's positions are contiguous: one lookup per paragraph, not per start (a common word has tens of thousands).
  let end = -Infinity;
  for (const start of starts) {
    if (start < end) continue;
    const paragraph = paragraphAt(start, layout);
    paragraphs.push(paragraph.n);
    end = paragraph.end;
  }
  return paragraphs;
}

/** The numbers present in every list (each ascending), ascending. */
export function intersectSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const [first, ...rest] = lists;
  const others = rest.map((list) => new Set(list));
  return first.filter((n) => others.every((set) => set.has(n)));
}
