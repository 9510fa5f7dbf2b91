import { describe, expect, it } from 'vitest';
import { formatCslJson } from '../../../src/lib/citation/csl.ts';
import { bibliographyEntry, firstCitation, withAccessDate } from '../../helpers/citeproc.ts';
import { astana2024 } from './fixture.ts';

// citeproc-js with the official GB/T 7714-2015 styles; the expected strings
// are the standard's form for an online item (萧钰. 题名[EB/OL]. (2001-12-19)
// [2002-04-15]. URL.), written out by hand. Every built document is checked
// against its page in tests/build/citation-clients.test.ts.
const [item] = JSON.parse(formatCslJson(astana2024));
const cited = withAccessDate(item, '2026-12-04');
const expected = '上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. (2024-07-04)[2026-12-04]. https://example.org/2024-astana-declaration/.';

describe('formatCslJson', () => {
  it('is an array of one CSL item', () => {
    expect(JSON.parse(formatCslJson(astana2024))).toHaveLength(1);
  });

  it('renders in the official numeric and note styles as an online item: [EB/OL], (date)[access date], URL', () => {
    expect(bibliographyEntry('numeric', cited)).toBe(`[1] ${expected}`);
    expect(firstCitation('note', cited)).toBe(expected);
  });

  it('renders in the official author-date style with the year after the author', () => {
    expect(bibliographyEntry('author-date', cited)).toBe(
      '上海合作组织, 2024. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. (2024-07-04)[2026-12-04]. https://example.org/2024-astana-declaration/.',
    );
  });

  it('never shows the meeting place or the site as a place of publication or a publisher', () => {
    for (const rendered of [bibliographyEntry('numeric', cited), bibliographyEntry('author-date', cited), firstCitation('note', cited)]) {
      expect(rendered).not.toContain('阿斯塔纳:');
      expect(rendered).not.toContain('上合文献库');
    }
  });
});

describe('formatCslJson layout', () => {
  it('writes one field a line', () => {
    const lines = formatCslJson(astana2024).split('\n');
    expect(lines).toContain('    "issued": {"date-parts":[[2024,7,4]]},');
    expect(lines).toContain('    "author": [{"literal":"上海合作组织"}],');
  });
});
