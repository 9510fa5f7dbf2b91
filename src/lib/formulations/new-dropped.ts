import type { ParagraphRecord } from '../../content/paragraph-record.ts';
import type { Council, Kind } from '../../content/vocabulary.ts';
import { isoDate } from '../date.ts';
import { byDate, type DocumentFacts } from '../reading/corpus.ts';
import { MAX_PHRASE_LENGTH, MIN_PHRASE_LENGTH, phrasesOf, wordRuns } from './phrases.ts';

/**
 * What is new and what was dropped in each document (see phrases.ts for what
 * a phrase is), computed once for the whole corpus:
 *   - new: the document's phrases that occur in no document dated strictly
 *     earlier (documents of the same day are not earlier than one another);
 *     the library's earliest day has nothing to compare with, so nothing new;
 *   - dropped: phrases of the latest earlier document of the same council and
 *     kind that recurred — occur in at least RECURRENCE earlier documents of
 *     that series, that one included — and occur nowhere in this document.
 *     Requiring the latest one reports a phrase once, where it was dropped,
 *     not again in every later document.
 * In either list, a phrase that contains another is merged into it (the
 * shorter one is the formulation; the longer only adds context). Occurrence
 * is an exact substring test on the paragraph texts.
 *
 * Cost: one pass over the characters of the corpus (at most one set lookup
 * per character, a few more where a phrase starts), plus work per phrase of
 * each document; linear in the size of the corpus (bench/formulations.bench.ts).
 */
export const RECURRENCE = 2;

export interface NewPhrase {
  text: string;
  /** The paragraphs of this document where it occurs. */
  n: number[];
}
export interface DroppedPhrase {
  text: string;
  /** The latest earlier document of the same council and kind, where it last occurred. */
  document: string;
  /** The paragraphs of that document where it occurs. */
  n: number[];
}
export interface Formulations {
  new: NewPhrase[];
  dropped: DroppedPhrase[];
  /** How many documents are dated earlier: "new" compares with these (none: nothing is new). */
  earlierDocuments: number;
  /** How many of them are of the same council and kind. */
  earlierInSeries: number;
  /** The latest of those, which "dropped" compares with (absent when there is none). */
  previous?: string;
}

type Facts = Pick<DocumentFacts, 'slug' | 'kind' | 'council' | 'date' | 'place'>;
const seriesKey = (kind: Kind, council: Council) => `${council}/${kind}`;

/** Each phrase of a document with the paragraphs where it occurs (exact substring), in order. */
function phraseParagraphs(phrases: Iterable<string>, records: readonly Pick<ParagraphRecord, 'n' | 'text'>[]): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const phrase of phrases) found.set(phrase, records.filter(({ text }) => text.includes(phrase)).map(({ n }) => n));
  return found;
}

/** Keeps the phrases that contain no other phrase of the list. */
function merged(phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => !phrases.some((other) => other !== phrase && phrase.includes(other)));
}

/** For every document, its new and dropped phrases. */
export function formulationsByDocument(documents: readonly Facts[], records: readonly Pick<ParagraphRecord, 'document' | 'n' | 'text'>[]): Map<string, Formulations> {
  const ordered = [...documents].sort(byDate);
  const paragraphs = Map.groupBy(records, ({ document }) => document);
  const recordsOf = (slug: string) => paragraphs.get(slug) ?? [];

  // Day index of each document (equal for documents of the same day) and its series.
  const days = [...new Set(ordered.map(({ date }) => isoDate(date)))];
  const day = ordered.map(({ date }) => days.indexOf(isoDate(date)));
  const series = ordered.map(({ kind, council }) => seriesKey(kind, council));

  // The candidate phrases of each document, and the set of all of them.
  const candidates = ordered.map(({ slug }) => new Set(recordsOf(slug).flatMap(({ text }) => phrasesOf(text))));
  const wanted = new Set(candidates.flatMap((set) => [...set]));
  const starts = new Set([...wanted].map((phrase) => phrase.slice(0, MIN_PHRASE_LENGTH)));

  // Which documents contain each phrase (indices in date order, ascending): one scan of the text.
  const containing = new Map<string, number[]>();
  ordered.forEach(({ slug }, index) => {
    for (const { text } of recordsOf(slug)) {
      for (const run of wordRuns(text)) {
        for (let i = 0; i + MIN_PHRASE_LENGTH <= run.length; i++) {
          if (!starts.has(run.slice(i, i + MIN_PHRASE_LENGTH))) continue;
          for (let length = MIN_PHRASE_LENGTH; length <= MAX_PHRASE_LENGTH && i + length <= run.length; length++) {
            const phrase = run.slice(i, i + length);
            if (!wanted.has(phrase)) continue;
            const list = containing.get(phrase) ?? [];
            if (list.at(-1) !== index) list.push(index);
            containing.set(phrase, list);
          }
        }
      }
    }
  });

  // Documents in date order: those dated before document i are the indices below firstOfDay[day[i]].
  const firstOfDay = days.map((_, d) => day.indexOf(d));
  const seriesMembers = Map.groupBy(ordered.keys(), (index) => series[index]);
  // How many entries of a sorted list of indices are below `bound` (binary search, so that a phrase found in every document costs log N, not N).
  const below = (list: readonly number[], bound: number) => {
    let [low, high] = [0, list.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle] < bound) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const result = new Map<string, Formulations>();
  ordered.forEach(({ slug }, index) => {
    const earlierDocuments = firstOfDay[day[index]];
    const members = seriesMembers.get(series[index])!;
    const earlierSeries = members.slice(0, below(members, earlierDocuments));

    const fresh = earlierDocuments === 0 ? [] : [...candidates[index]].filter((phrase) => day[containing.get(phrase)![0]] === day[index]);
    const newPhrases = [...phraseParagraphs(merged(fresh), recordsOf(slug))].map(([text, n]) => ({ text, n }));

    const dropped: DroppedPhrase[] = [];
    const last = earlierSeries.at(-1);
    if (last !== undefined) {
      const gone = [...candidates[last]].filter((phrase) => {
        const where = containing.get(phrase)!;
        const here = below(where, index);
        return where[here] !== index && below(where, earlierDocuments) >= RECURRENCE;
      });
      for (const [text, n] of phraseParagraphs(merged(gone), recordsOf(ordered[last].slug))) dropped.push({ text, document: ordered[last].slug, n });
    }
    const inReadingOrder = <T extends { n: number[] }>(list: T[]) => list.sort((a, b) => a.n[0] - b.n[0]);
    result.set(slug, {
      new: inReadingOrder(newPhrases),
      dropped: inReadingOrder(dropped),
      earlierDocuments,
      earlierInSeries: earlierSeries.length,
      ...(last === undefined ? {} : { previous: ordered[last].slug }),
    });
  });
  return result;
}
