// The first page's texts are asked for while the other matches are still
// being found. findMatches goes through every document in rank order, which
// at 1,000 documents keeps the main thread busy for 30–60 ms; the first
// page's hits are in the first documents, and the round trip for their
// texts can be on its way meanwhile, instead of starting after it.
import type { DocumentMatch } from './matches.ts';

/**
 * An onMatch for findMatches (matches come in rank order): asks `loadText`
 * for each of the first `size` paragraphs of the matches `keep` keeps (the
 * hits HitPager will show first), once, and nothing after. Its answers are
 * not awaited: `loadText` keeps them for the pager, which reports a failure.
 */
export function firstPageLoader(keep: (match: DocumentMatch) => boolean, size: number, loadText: (slug: string, n: number) => Promise<unknown>): (match: DocumentMatch) => void {
  let wanted = size;
  return (match) => {
    if (wanted === 0 || !keep(match)) return;
    for (const n of match.paragraphs.slice(0, wanted)) {
      loadText(match.document.slug, n).catch(() => {
        // Asked for again by the pager, which shows the failure.
      });
    }
    wanted -= Math.min(wanted, match.paragraphs.length);
  };
}
