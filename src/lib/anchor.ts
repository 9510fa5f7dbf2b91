/**
 * The paragraph anchor, this product's citation contract: paragraph N of a
 * document is the element `#pN`, a run of paragraphs is `#pN-pM`. The one
 * place that builds and reads them; everything else imports from here.
 */

/** A run of numbered elements (paragraphs, source lines), inclusive, from ≤ to. A single one has from = to. */
export interface NumberRange {
  from: number;
  to: number;
}
export type ParagraphRange = NumberRange;

/**
 * Anchors of numbered elements: element n is `#{prefix}{n}`, a run
 * `#{prefix}{n}-{prefix}{m}`; "{prefix}12-15" is read too, because people type
 * it by hand. Paragraphs use "p"; source views use "L" (src/lib/source-anchor.ts).
 */
export function numberedAnchors(prefix: string) {
  const pattern = new RegExp(`^${prefix}(\\d+)(?:-${prefix}?(\\d+))?$`);
  const id = (n: number) => `${prefix}${n}`;
  return {
    id,
    /** "#p12" or "#p12-p15". */
    hash(target: number | NumberRange): string {
      const { from, to } = typeof target === 'number' ? { from: target, to: target } : target;
      return from === to ? `#${id(from)}` : `#${id(from)}-${id(to)}`;
    },
    /** The run an id names, in order, or undefined when it is no such anchor. */
    parse(anchorId: string): NumberRange | undefined {
      const match = pattern.exec(anchorId);
      return match ? rangeBetween(Number(match[1]), Number(match[2] ?? match[1])) : undefined;
    },
  };
}

/** How a reader names element n or a run: runLabel(12, '段') "第12段", runLabel({from: 12, to: 15}, '行') "第12—15行" (an em dash, as Chinese ranges are written). */
export function runLabel(target: number | NumberRange, unit: string): string {
  const { from, to } = typeof target === 'number' ? { from: target, to: target } : target;
  return from === to ? `第${from}${unit}` : `第${from}—${to}${unit}`;
}

const paragraphAnchors = numberedAnchors('p');

export type HashTarget =
  | { kind: 'none' }
  | { kind: 'paragraphs'; range: ParagraphRange }
  /** Looks like a paragraph anchor but names no paragraph of this document. */
  | { kind: 'out-of-range'; range: ParagraphRange }
  /** Not a paragraph anchor; it may still be the id of another element (a heading, #main). */
  | { kind: 'other'; id: string };

/** The element id of paragraph n: "p12". */
export const paragraphId = paragraphAnchors.id;

/** The canonical anchor of a paragraph or a run: "#p12" or "#p12-p15". */
export const formatParagraphHash = paragraphAnchors.hash;

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
export const parseParagraphId = paragraphAnchors.parse;

/** Reads location.hash against a document of `count` paragraphs. */
export function parseParagraphHash(hash: string, count: number): HashTarget {
  const id = decodeFragment(hash);
  if (id === '') return { kind: 'none' };
  const range = parseParagraphId(id);
  if (!range) return { kind: 'other', id };
  const inDocument = range.from >= 1 && range.to <= count;
  return { kind: inDocument ? 'paragraphs' : 'out-of-range', range };
}
