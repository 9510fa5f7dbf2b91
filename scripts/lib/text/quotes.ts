export class UnpairedQuoteError extends Error {}

/**
 * Straight double quotes become “ ” by alternation. An odd count cannot be
 * paired with certainty, so it stops the build instead of guessing.
 */
export function pairStraightQuotes(text: string): string {
  const count = text.split('"').length - 1;
  if (count % 2 !== 0) {
    throw new UnpairedQuoteError(`an odd number (${count}) of straight quotes " cannot be paired into “ ”`);
  }
  let open = true;
  return text.replace(/"/g, () => {
    const mark = open ? '“' : '”';
    open = !open;
    return mark;
  });
}

const CORNER_TO_CURLY: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** Mainland usage: 「」→“” and 『』→‘’. */
export function cornerBracketsToQuotes(text: string): string {
  return text.replace(/[「」『』]/g, (mark) => CORNER_TO_CURLY[mark]);
}
