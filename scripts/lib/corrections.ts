import type { Correction } from './metadata.ts';
import { SeedError } from './errors.ts';

/**
 * Applies the per-document corrections listed in the seed metadata. Each must
 * match exactly once and keep the line count, so that line numbers in the
 * metadata still point at the same lines afterwards.
 */
export function applyCorrections(text: string, corrections: readonly Correction[], file: string): string {
  return corrections.reduce((current, { find, replace }) => {
    const count = current.split(find).length - 1;
    if (count !== 1) {
      throw new SeedError(file, `correction "${find}" matches ${count} times; it must match exactly once`);
    }
    if (find.split('\n').length !== replace.split('\n').length) {
      throw new SeedError(file, `correction "${find}" changes the number of lines`);
    }
    return current.replace(find, () => replace);
  }, text);
}
