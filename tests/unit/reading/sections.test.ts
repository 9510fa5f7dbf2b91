import { describe, expect, it } from 'vitest';
import { incipit, sections } from '../../../src/lib/reading/sections.ts';

describe('sections', () => {
  it('gives each heading the paragraphs up to the next one', () => {
    const headings = [
      { text: '二', before: 5 },
      { text: '一', before: 2 },
      { text: '三', before: 12 },
    ];
    expect(sections(headings, 14)).toEqual([
      { text: '一', range: { from: 2, to: 4 } },
      { text: '二', range: { from: 5, to: 11 } },
      { text: '三', range: { from: 12, to: 14 } },
    ]);
  });

  it('is empty for a document without headings', () => {
    expect(sections([], 120)).toEqual([]);
  });
});

describe('incipit', () => {
  it('cuts long text by characters and marks the cut', () => {
    expect(incipit('十年前，关于成立上海合作组织的决定', 6)).toBe('十年前，关于…');
  });

  it('leaves short text alone', () => {
    expect(incipit('继续合作。', 6)).toBe('继续合作。');
  });
});
