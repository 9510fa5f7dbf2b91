/** A run of paragraphs, inclusive, from ≤ to. A single paragraph has from = to. */
export interface ParagraphRange {
  from: number;
  to: number;
}

export type HashTarget =
  | { kind: 'none' }
  | { kind: 'paragraphs'; range: ParagraphRange }
  /** Looks like a paragraph anchor but names no paragraph of this document. */
  | { kind: 'out-of-range'; range: ParagraphRange }
  /** Not a paragraph anchor; it may still be the id of another element (a heading, #main). */
  | { kind: 'other'; id: string };

// "p12", "p12-p15"; "p12-15" is accepted too because people type it by hand.
const PARAGRAPH_ANCHOR = /^p(\d+)(?:-p?(\d+))?$/;

/** Reads location.hash against a document of `count` paragraphs. */
export function parseParagraphHash(hash: string, count: number): HashTarget {
  const id = decodeHash(hash);
  if (id === '') return { kind: 'none' };
  const match = PARAGRAPH_ANCHOR.exec(id);
  if (!match) return { kind: 'other', id };
  const range = rangeBetween(Number(match[1]), Number(match[2] ?? match[1]));
  const inDocument = range.from >= 1 && range.to <= count;
  return { kind: inDocument ? 'paragraphs' : 'out-of-range', range };
}

/** The range spanned by two paragraph numbers, in whichever order they were picked. */
export function rangeBetween(a: number, b: number): ParagraphRange {
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/** The canonical anchor of a range: "#p12" or "#p12-p15". */
export function formatParagraphHash({ from, to }: ParagraphRange): string {
  return from === to ? `#p${from}` : `#p${from}-p${to}`;
}

function decodeHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    // A malformed escape ("#%E4") is still a wrong anchor, not a crash.
    return raw;
  }
}
