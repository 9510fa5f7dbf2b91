import { describe, expect, it } from 'vitest';
import { PARAGRAPHS_PER_TEXT_FILE, textFileOf, textFiles } from '../../../src/lib/search/texts.ts';

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
