import { rangeBetween, type NumberRange, type ParagraphRange } from '../anchor.ts';
import type { ParagraphRecord } from '../../content/paragraph-record.ts';
import type { ParagraphSource } from '../../content/source-file.ts';

/** What a prose page asks to quote: `<Quote doc="2024-astana-declaration" p={12} />`, or a run with `to={15}`. */
export interface QuoteRequest {
  doc: string;
  p: number;
  to?: number;
  /** Also show the seed's lines the paragraphs came from, exactly as committed. */
  source?: boolean;
}

/**
 * The paragraphs a quote names, exactly as the collection holds them, or an
 * error naming the quote, the document and the fix: a prose page never
 * quotes a paragraph that does not exist (the build stops on the throw).
 */
export function quotedParagraphs(request: QuoteRequest, title: string | undefined, records: readonly ParagraphRecord[]): { range: ParagraphRange; paragraphs: ParagraphRecord[] } {
  const { doc, p, to = p } = request;
  const tag = `<Quote doc="${doc}" p={${p}}${to === p ? '' : ` to={${to}}`} />`;
  if (title === undefined) throw new Error(`${tag}: no document "${doc}" in the collection (use a slug of src/content/generated/documents/)`);
  if (!Number.isInteger(p) || !Number.isInteger(to) || p < 1 || to < p) throw new Error(`${tag}: p and to must be paragraph numbers, p ≤ to`);
  const range = rangeBetween(p, to);
  const paragraphs = records.filter(({ document, n }) => document === doc && n >= range.from && n <= range.to);
  const count = records.filter(({ document }) => document === doc).length;
  if (paragraphs.length !== range.to - range.from + 1) throw new Error(`${tag}: ${title} has ${count} paragraphs`);
  return { range, paragraphs };
}

/** The seed lines a run of paragraphs came from, first to last. */
export function sourceLines(range: ParagraphRange, paragraphs: readonly ParagraphSource[]): NumberRange {
  const inRange = paragraphs.filter(({ n }) => n >= range.from && n <= range.to);
  return { from: Math.min(...inRange.map(({ line }) => line)), to: Math.max(...inRange.map(({ to }) => to)) };
}
