import { describe, expect, it } from 'vitest';
import { formatCitation, paragraphLabel } from '../../../src/lib/reading/citation.ts';

const astana2024 = { title: '上海合作组织成员国元首理事会阿斯塔纳宣言', date: '2024-07-04' };

describe('paragraphLabel', () => {
  it('names one paragraph or a run with an em dash', () => {
    expect(paragraphLabel({ from: 12, to: 12 })).toBe('第12段');
    expect(paragraphLabel({ from: 12, to: 15 })).toBe('第12—15段');
  });
});

describe('formatCitation', () => {
  it('cites one paragraph in GB/T 7714 with 第N段 and its permalink', () => {
    const url = 'https://example.org/2024-astana-declaration/#p12';
    expect(formatCitation(astana2024, { from: 12, to: 12 }, url, '2026-11-21')).toBe(
      '上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. 第12段(2024-07-04)[2026-11-21]. https://example.org/2024-astana-declaration/#p12.',
    );
  });

  it('cites a run of paragraphs as 第N—M段', () => {
    const url = 'https://example.org/2024-astana-declaration/#p12-p15';
    expect(formatCitation(astana2024, { from: 12, to: 15 }, url, '2026-11-21')).toBe(
      '上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. 第12—15段(2024-07-04)[2026-11-21]. https://example.org/2024-astana-declaration/#p12-p15.',
    );
  });
});

