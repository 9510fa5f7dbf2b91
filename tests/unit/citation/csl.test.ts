import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { formatCslJson } from '../../../src/lib/citation/csl.ts';
import { astana2024 } from './fixture.ts';

describe('formatCslJson', () => {
  it('is an array of one CSL item that citeproc-js renders with author, date, title and URL', () => {
    const items = JSON.parse(formatCslJson(astana2024));
    expect(items).toHaveLength(1);
    // citeproc-js (through @citation-js/plugin-csl) with its bundled APA style.
    const rendered = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    expect(rendered.trim()).toBe('上海合作组织. (2024, July 4). 上海合作组织成员国元首理事会阿斯塔纳宣言 [宣言]. 上合文献库. https://example.org/2024-astana-declaration/');
  });
});

describe('formatCslJson layout', () => {
  it('writes one field a line', () => {
    const lines = formatCslJson(astana2024).split('\n');
    expect(lines).toContain('    "issued": {"date-parts":[[2024,7,4]]},');
    expect(lines).toContain('    "author": [{"literal":"上海合作组织"}],');
  });
});
