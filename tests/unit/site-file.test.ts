import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSiteFile, readOnce, SiteFileError } from '../../src/lib/site-file.ts';

afterEach(() => vi.unstubAllGlobals());

describe('fetchSiteFile', () => {
  it('gives a 2xx response as it came', async () => {
    vi.stubGlobal('fetch', async () => new Response('甲', { status: 200 }));
    expect(await (await fetchSiteFile('/data/x.txt')).text()).toBe('甲');
  });

  it('rejects any other status with an error naming the file and the status', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const error = await fetchSiteFile('/data/missing.json').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SiteFileError);
    expect(error).toMatchObject({ path: '/data/missing.json', status: 404, message: '/data/missing.json: HTTP 404' });
  });
});

describe('readOnce', () => {
  it('reads each key once and shares the result', async () => {
    const read = vi.fn(async (key: string) => `${key}!`);
    const load = readOnce(read);
    expect(await Promise.all([load('a'), load('a'), load('b')])).toEqual(['a!', 'a!', 'b!']);
    expect(read.mock.calls).toEqual([['a'], ['b']]);
  });

  it('forgets a failed read, so the next call tries again', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('ok');
    const load = readOnce<string>(read);
    await expect(load('a')).rejects.toThrow('offline');
    expect(await load('a')).toBe('ok');
    expect(read).toHaveBeenCalledTimes(2);
  });
});
