/**
 * MinHash signatures and LSH banding over shingle sets (see similarity.ts),
 * in 32-bit integer arithmetic only. Hand-written: the `minhash` package
 * computes in doubles that overflow, and crashes on bands it has not seen.
 *
 * Two sets agree on one signature value with probability equal to their
 * Jaccard index J; they share a band of ROWS values, and so become
 * candidates, with probability 1 − (1 − J^ROWS)^BANDS.
 */

/** 50 bands of 3 rows: candidates with probability 0.75 at J = 0.3, 0.96 at 0.4, > 0.99 at 0.5, 0.005 at 0.05. */
export const BANDS = 50;
export const ROWS = 3;
const HASHES = BANDS * ROWS;

/** murmur3's 32-bit finaliser: a cheap hash whose every output bit depends on every input bit. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// One seed per hash function, fixed so that the output is the same on every build.
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** The MinHash signature of a set of shingles (numbers below 2⁵³): HASHES minima, all 0xFFFFFFFF for an empty set. */
export function signature(shingles: Iterable<number>): Uint32Array {
  const minima = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    // Fold the shingle (up to 41 bits) into 32 before hashing: a collision only makes two bigrams count as one.
    const base = mix((shingle % 0x100000000) ^ mix(Math.floor(shingle / 0x100000000)));
    for (let k = 0; k < HASHES; k++) {
      const value = mix(base ^ SEEDS[k]);
      if (value < minima[k]) minima[k] = value;
    }
  }
  return minima;
}

/** The key of each band of a signature: equal keys in the same band make two sets candidates. */
export function bandKeys(signature: Uint32Array): number[] {
  return Array.from({ length: BANDS }, (_, band) => {
    let key = band;
    for (let row = 0; row < ROWS; row++) key = mix(key ^ Math.imul(signature[band * ROWS + row], 0x27d4eb2d) ^ row);
    return key;
  });
}
