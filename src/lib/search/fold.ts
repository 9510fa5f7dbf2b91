/**
 * Folds one character for matching: compatibility forms become their plain
 * form (ＡＢＣ１２３ → abc123, the full-width space → a space) and letters
 * become lower case.
 *
 * Written by hand because `normalize('NFKC')` on a whole string may expand a
 * character into several (… → ...), which would shift every offset after it.
 * Matches must point into the original text (to mark them there), so a
 * character whose folded form has another length is kept as it is.
 */
export function foldCharacter(char: string): string {
  const folded = char.normalize('NFKC').toLowerCase();
  return folded.length === char.length ? folded : char;
}

/** The folded text; every offset in it is the same offset in `text`. */
export function foldText(text: string): string {
  let folded = '';
  for (const char of text) folded += foldCharacter(char);
  return folded;
}
