/**
 * The paragraph anchor, this product's citation contract: paragraph N of a
 * document is the element `#pN`, a run of paragraphs is `#pN-pM`. The one
 * place that builds and reads them; everything else imports from here.
 */

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

/** The element id of paragraph n: "p12". */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/** The canonical anchor of a paragraph or a run: "#p12" or "#p12-p15". */
export function formatParagraphHash(target: number | ParagraphRange): string {
  const { from, to } = typeof target === 'number' ? { from: target, to: target } : target;
  return from === to ? `#${paragraphId(from)}` : `#${paragraphId(from)}-${paragraphId(to)}`;
}

/** The range spanned by two paragraph numbers, in whichever order they were picked. */
export function rangeBetween(a: number, b: number): ParagraphRange {
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/** A fragment ("#…" or the bare id) decoded; a malformed escape ("#%E4") is kept as written, never a crash. */
export function decodeFragment(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The run an id names ("p12", "p12-p15", "p15-p12", "p12-15"), or undefined when it is no paragraph anchor. */
export function parseParagraphId(id: string): ParagraphRange | undefined {
  const match = PARAGRAPH_ANCHOR.exec(id);
  return match ? rangeBetween(Number(match[1]), Number(match[2] ?? match[1])) : undefined;
}

/** Reads location.hash against a document of `count` paragraphs. */
export function parseParagraphHash(hash: string, count: number): HashTarget {
  const id = decodeFragment(hash);
  if (id === '') return { kind: 'none' };
  const range = parseParagraphId(id);
  if (!range) return { kind: 'other', id };
  const inDocument = range.from >= 1 && range.to <= count;
  return { kind: inDocument ? 'paragraphs' : 'out-of-range', range };
}
