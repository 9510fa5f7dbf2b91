import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PARAGRAPHS_PER_TEXT_FILE, fetchTextFile, textFileOf, textFiles } from '../../../src/lib/search/texts.ts';

describe('textFiles and textFileOf', () => {
  const texts = Array.from({ length: 2 * PARAGRAPHS_PER_TEXT_FILE + 3 }, (_, i) => `第${i + 1}段`);

  it('cuts a document into files of consecutive paragraphs, the last one shorter', () => {
    const files = textFiles(texts);
    expect(files.map((file) => file.length)).toEqual([PARAGRAPHS_PER_TEXT_FILE, PARAGRAPHS_PER_TEXT_FILE, 3]);
    expect(files.flat()).toEqual(texts);
  });

  it('names the file of every paragraph, where its text is', () => {
    const files = textFiles(texts);
    texts.forEach((text, i) => expect(files[textFileOf(i + 1)][i % PARAGRAPHS_PER_TEXT_FILE]).toBe(text));
  });
});

describe('fetchTextFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a gzip-compressed JSON array of paragraphs', async () => {
    const paragraphs = ['第一段：上海合作组织。', '第二段 "引号" \\ 与换行\n'];
    const fetch = vi.fn(async () => new Response(gzipSync(JSON.stringify(paragraphs))));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchTextFile('/search/text/a/0.bin')).toEqual(paragraphs);
    expect(fetch).toHaveBeenCalledWith('/search/text/a/0.bin');
  });

  it('rejects with the file and status when it does not come', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(fetchTextFile('/search/text/a/9.bin')).rejects.toThrow('/search/text/a/9.bin: HTTP 404');
  });
});
