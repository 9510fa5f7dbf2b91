import { describe, expect, it } from 'vitest';
import { formatCitation, paragraphLabel } from '../../../src/lib/reading/citation.ts';

const astana2024 = { title: '上海合作组织成员国元首理事会阿斯塔纳宣言', date: '2024年7月4日', place: '阿斯塔纳' };

describe('paragraphLabel', () => {
  it('names one paragraph or a run with an em dash', () => {
    expect(paragraphLabel({ from: 12, to: 12 })).toBe('第12段');
    expect(paragraphLabel({ from: 12, to: 15 })).toBe('第12—15段');
  });
});

describe('formatCitation', () => {
  it('cites one paragraph in Chinese style', () => {
    const url = 'https://example.org/2024-astana-declaration/#p12';
    expect(formatCitation(astana2024, { from: 12, to: 12 }, url)).toBe(
      '《上海合作组织成员国元首理事会阿斯塔纳宣言》（2024年7月4日，阿斯塔纳），第12段，https://example.org/2024-astana-declaration/#p12',
    );
  });

  it('cites a run of paragraphs', () => {
    const url = 'https://example.org/2024-astana-declaration/#p12-p15';
    expect(formatCitation(astana2024, { from: 12, to: 15 }, url)).toBe(
      '《上海合作组织成员国元首理事会阿斯塔纳宣言》（2024年7月4日，阿斯塔纳），第12—15段，https://example.org/2024-astana-declaration/#p12-p15',
    );
  });
});
