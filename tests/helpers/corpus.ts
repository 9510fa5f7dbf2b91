import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyCorrections } from '../../scripts/lib/corrections.ts';
import { decodeSeed } from '../../scripts/lib/decode.ts';
import type { NormalizedDocument } from '../../scripts/lib/document.ts';
import { parseSeedMetadata, type SeedMetadata } from '../../scripts/lib/metadata.ts';
import { toSimplified } from '../../scripts/lib/script.ts';
import { expandParenthesizedNumerals } from '../../scripts/lib/text/enumerators.ts';

export const SEEDS_DIR = path.join(import.meta.dirname, '../../seeds');

export function readSeed(stem: string): { bytes: Buffer; metadata: SeedMetadata } {
  const metadata = parseSeedMetadata(readFileSync(path.join(SEEDS_DIR, `${stem}.yaml`), 'utf8'), `${stem}.yaml`);
  return { bytes: readFileSync(path.join(SEEDS_DIR, `${stem}.txt`)), metadata };
}

/**
 * The raw text as the normalizer must account for it: decoded, simplified if
 * needed, corrected, and with ㈠…㈥ spelled out (the one rule that turns a
 * non-Han character into a Han one).
 */
export function sourceText({ bytes, metadata }: { bytes: Buffer; metadata: SeedMetadata }): string {
  const decoded = decodeSeed(bytes, 'seed');
  const simplified = metadata.script === 'traditional' ? toSimplified(decoded) : decoded;
  return expandParenthesizedNumerals(applyCorrections(simplified, metadata.corrections, 'seed'));
}

/**
 * Everything the normalizer kept or set aside, ordered by source line: what
 * the no-loss test compares, Han character by Han character, with the source.
 */
export function accountedText(document: NormalizedDocument, metadata: SeedMetadata): string {
  const subtitleLine = metadata.parts.find((part) => part.role === 'subtitle')?.lines.from ?? 0;
  const pieces: { line: number; text: string }[] = [
    ...document.provenance.map(({ line, paragraphs }) => ({ line, text: paragraphs.join('') })),
    ...document.removals.map(({ line, text }) => ({ line, text })),
    ...(document.titleLine ? [{ line: document.titleLine, text: document.metadata.title }] : []),
    ...(document.subtitle ? [{ line: subtitleLine, text: document.subtitle }] : []),
    ...document.headings.map(({ line, text }) => ({ line, text })),
    ...document.paragraphs.map(({ line, text }) => ({ line, text })),
    ...document.signatories.map(({ line, title, name, mark = '' }) => ({ line, text: title + name + mark })),
    ...(document.closingDate ? [document.closingDate] : []),
  ];
  return pieces
    .sort((a, b) => a.line - b.line)
    .map(({ text }) => text)
    .join('');
}
