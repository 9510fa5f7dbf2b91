import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_INDEX_PATHS } from '../../src/lib/urls.ts';
import { DIST } from '../helpers/dist.ts';

// src/lib/search/engine.ts (whenReady) works around how Pagefind's
// main-thread instance waits for its index: each call checks again 50 ms
// later. When this fails, Pagefind changed that wait: see whether the empty
// preloads are still worth having, and adjust READY_CHECK_SPACING.
describe('Pagefind’s wait for its index', () => {
  it.each(Object.values(SEARCH_INDEX_PATHS))('is still a check every 50 ms in %spagefind.js', (bundle) => {
    const source = readFileSync(path.join(DIST, bundle, 'pagefind.js'), 'utf8');
    const getPtr = /async getPtr\(\)\s*\{([\s\S]*?)return this\.raw_ptr;?\s*\}/.exec(source)?.[1];
    expect(getPtr, 'getPtr() in pagefind.js').toBeDefined();
    expect(getPtr).toMatch(/while\s*\(this\.raw_ptr\s*===\s*null\)/);
    expect(getPtr).toMatch(/await asyncSleep\(50\)/);
  });
});
