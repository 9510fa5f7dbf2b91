import { diffArrays } from 'diff';

/**
 * The difference between two paragraphs, word by word. Loaded only by the
 * compare view (jsdiff's array diff, a few KB).
 *
 * Words come from Intl.Segmenter (ICU's Chinese dictionary), so a changed
 * phrase is one change: “[-损害][+将危害]”, where a character diff matches
 * stray shared characters (“[-，损][+将危]害”, “[-战略][+…]稳定[-和][+…]国[-际]”).
 * jsdiff's diffWords with the same segmenter gives the same result on our
 * texts, but compares words with their surrounding spaces trimmed, so a
 * change of spacing vanishes and the parts no longer add up to the texts;
 * diffArrays over the segments compares them exactly.
 */

export type DiffPart = { kind: 'equal' | 'deleted' | 'inserted'; text: string };

let segmenter: Intl.Segmenter | undefined;

function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/**
 * A's text as equal and deleted parts, B's as equal and inserted parts, in
 * order: the equal and deleted parts make A exactly, the equal and inserted
 * parts B. Within a change, the deletion comes first.
 */
export function diffParagraphs(a: string, b: string): DiffPart[] {
  type Change = { deleted: string; inserted: string };
  const runs: (string | Change)[] = [];
  for (const change of diffArrays(words(a), words(b))) {
    const text = change.value.join('');
    const last = runs.at(-1);
    if (!change.added && !change.removed) runs.push(text);
    else if (typeof last === 'object') last[change.added ? 'inserted' : 'deleted'] += text;
    else runs.push(change.added ? { deleted: '', inserted: text } : { deleted: text, inserted: '' });
  }
  // Semantic cleanup, kept small: a single shared character between two
  // changes (a comma, a 国) joins them, so the reader sees one change. Longer
  // shared runs stay: folding them (as diff-match-patch does) hides shared phrases.
  for (let i = runs.length - 2; i > 0; i--) {
    const [before, equal, after] = runs.slice(i - 1, i + 2);
    if (typeof equal !== 'string' || typeof before !== 'object' || typeof after !== 'object' || [...equal].length > 1) continue;
    runs.splice(i - 1, 3, { deleted: before.deleted + equal + after.deleted, inserted: before.inserted + equal + after.inserted });
  }
  return runs.flatMap((run): DiffPart[] =>
    typeof run === 'string'
      ? [{ kind: 'equal', text: run }]
      : [
          ...(run.deleted ? [{ kind: 'deleted' as const, text: run.deleted }] : []),
          ...(run.inserted ? [{ kind: 'inserted' as const, text: run.inserted }] : []),
        ],
  );
}
