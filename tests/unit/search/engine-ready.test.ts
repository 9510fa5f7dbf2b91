import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READY_CHECKS, READY_CHECK_SPACING, whenReady } from '../../../src/lib/search/engine.ts';

/** Pagefind 1.6's main-thread wait, as pagefind.js does it (getPtr): a call made before the index is loaded looks again every 50 ms. */
function fakePagefind(readyAt: number, failure?: Error) {
  const instance = {
    calls: 0,
    async preload(term: string) {
      expect(term).toBe('');
      instance.calls++;
      while (Date.now() < readyAt) await new Promise((resolve) => setTimeout(resolve, 50));
      if (failure) throw failure;
    },
  };
  return instance;
}

describe('whenReady', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('resolves within one check of the index being loaded, not at the next 50 ms look', async () => {
    const pagefind = fakePagefind(123);
    let resolvedAt = -1;
    void whenReady(pagefind).then(() => (resolvedAt = Date.now()));
    await vi.advanceTimersByTimeAsync(200);
    expect(resolvedAt).toBeGreaterThanOrEqual(123);
    expect(resolvedAt).toBeLessThanOrEqual(123 + READY_CHECK_SPACING);
    // And makes no check after that.
    const calls = pagefind.calls;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pagefind.calls).toBe(calls);
  });

  it('rejects when Pagefind fails to load its index, and stops checking', async () => {
    const pagefind = fakePagefind(40, new Error('Failed to load the Pagefind WASM'));
    const ready = whenReady(pagefind);
    const outcome = ready.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(await outcome).toBe('Failed to load the Pagefind WASM');
    const calls = pagefind.calls;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pagefind.calls).toBe(calls);
  });

  it('makes at most READY_CHECKS checks while the index does not come', async () => {
    const pagefind = fakePagefind(Infinity);
    void whenReady(pagefind);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(pagefind.calls).toBe(READY_CHECKS);
  });
});
