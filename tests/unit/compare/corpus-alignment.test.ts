import { describe, expect, it } from 'vitest';
import { readParagraphRecords } from '../../../src/content/paragraph-record.ts';
import { align } from '../../../src/lib/compare/align.ts';
import { diffParagraphs } from '../../../src/lib/compare/diff.ts';
import { PROJECT_ROOT } from '../../helpers/project.ts';

const records = await readParagraphRecords(PROJECT_ROOT);
const slugs = [...new Set(records.map((record) => record.document))];
const texts = (slug: string) => records.filter((record) => record.document === slug).map((record) => record.text);

/** The matched pairs of a comparison as "pA↔pB". */
function matched(a: string, b: string): string[] {
  return align(texts(a), texts(b)).flatMap((row) => ('a' in row && 'b' in row ? [`p${row.a + 1}↔p${row.b + 1}`] : []));
}

describe('alignment of the real documents (reviewed pairs)', () => {
  it('matches the foreign ministers’ draft with the heads of state’s communiqué', () => {
    expect(matched('2017-astana-foreign-ministers-communique', '2017-astana-heads-of-state-communique')).toContain('p14↔p22');
  });

  it('matches the paragraphs the 2017 communiqué and declaration share word for word', () => {
    const rows = align(texts('2017-astana-heads-of-state-communique'), texts('2017-astana-declaration'));
    expect(rows).toContainEqual({ kind: 'identical', a: 18, b: 11, similarity: 1 });
  });

  it('matches 2017 and 2024 declarations across reordered topics', () => {
    expect(matched('2017-astana-declaration', '2024-astana-declaration')).toEqual(expect.arrayContaining(['p15↔p49', 'p16↔p10']));
  });
});

describe.each(slugs.flatMap((a) => slugs.filter((b) => b !== a).map((b) => [a, b])))('%s compared with %s', (a, b) => {
  it('shows every paragraph once and rebuilds both texts of every pair from the diff', () => {
    const [textsA, textsB] = [texts(a), texts(b)];
    const rows = align(textsA, textsB);
    expect(rows.flatMap((row) => ('a' in row ? [row.a] : [])).toSorted((x, y) => x - y)).toEqual(textsA.map((_, i) => i));
    expect(rows.flatMap((row) => ('b' in row ? [row.b] : []))).toEqual(textsB.map((_, j) => j));
    for (const row of rows) {
      if (row.kind !== 'changed') continue;
      const parts = diffParagraphs(textsA[row.a], textsB[row.b]);
      expect(parts.filter((part) => part.kind !== 'inserted').map((part) => part.text).join('')).toBe(textsA[row.a]);
      expect(parts.filter((part) => part.kind !== 'deleted').map((part) => part.text).join('')).toBe(textsB[row.b]);
    }
  });
});
