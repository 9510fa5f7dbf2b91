import { describe, expect, it } from 'vitest';
import { readParagraphRecords } from '../../../src/content/paragraph-record.ts';
import { bandKeys, BANDS, ROWS, signature } from '../../../src/lib/compare/minhash.ts';
import { jaccard, shingles } from '../../../src/lib/compare/similarity.ts';
import { PROJECT_ROOT } from '../../helpers/project.ts';

const agreement = (x: Uint32Array, y: Uint32Array) => x.filter((value, k) => value === y[k]).length / x.length;

describe('MinHash', () => {
  it('gives equal sets equal signatures and band keys, whatever the order of their elements', () => {
    const set = [1, 2 ** 40 + 7, 0x10ffff * 0x110000 + 0x10ffff];
    expect(signature(set)).toEqual(signature([...set].reverse()));
    expect(bandKeys(signature(set))).toHaveLength(BANDS);
    expect(signature(set)).toHaveLength(BANDS * ROWS);
  });

  it('estimates the Jaccard index of real paragraph pairs', async () => {
    const texts = (await readParagraphRecords(PROJECT_ROOT)).map((record) => record.text);
    const sets = texts.map(shingles);
    const signatures = sets.map(signature);
    // 150 values: the estimate's standard deviation is at most 0.041; allow 4 of them.
    let pairs = 0;
    for (let i = 0; i < texts.length; i += 7) {
      for (let j = i + 1; j < texts.length; j += 5) {
        expect(Math.abs(agreement(signatures[i], signatures[j]) - jaccard(sets[i], sets[j]))).toBeLessThan(0.165);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });
});
