import type { Correction } from './metadata.ts';
import { SeedError } from './errors.ts';

/** A correction and the source lines it changed (first and last). */
export interface AppliedCorrection extends Correction {
  line: number;
  to: number;
}

/**
 * Applies the per-document corrections listed in the seed metadata. Each must
 * match exactly once and keep the line count, so that line numbers in the
 * metadata still point at the same lines afterwards.
 */
export function applyCorrections(text: string, corrections: readonly Correction[], file: string): string {
  return correctText(text, corrections, file).text;
}

/** The corrected text, and where each correction was applied (for the per-paragraph notes). */
export function correctText(text: string, corrections: readonly Correction[], file: string): { text: string; applied: AppliedCorrection[] } {
  const applied: AppliedCorrection[] = [];
  const corrected = corrections.reduce((current, correction) => {
    const { find, replace } = correction;
    const count = current.split(find).length - 1;
    if (count !== 1) {
      throw new SeedError(file, `correction "${find}" matches ${count} times; it must match exactly once`);
    }
    if (find.split('\n').length !== replace.split('\n').length) {
      throw new SeedError(file, `correction "${find}" changes the number of lines`);
    }
    const line = current.slice(0, current.indexOf(find)).split('\n').length;
    applied.push({ ...correction, line, to: line + find.split('\n').length - 1 });
    return current.replace(find, () => replace);
  }, text);
  return { text: corrected, applied };
}
