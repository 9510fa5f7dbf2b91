import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { formatRis } from '../../../src/lib/citation/ris.ts';
import { astana2024 } from './fixture.ts';

describe('formatRis', () => {
  it('is one CRLF-terminated record that a RIS reader turns back into the work, as a web page', async () => {
    const ris = formatRis(astana2024);
    expect(ris.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    const [item] = (await Cite.async(ris)).data;
    expect(item).toMatchObject({
      type: 'webpage',
      title: '上海合作组织成员国元首理事会阿斯塔纳宣言',
      issued: { 'date-parts': [[2024, 7, 4]] },
      language: 'zh-CN',
      URL: 'https://example.org/2024-astana-declaration/',
    });
    // Neither the meeting place nor the site become a place of publication or a publisher.
    expect(item).not.toHaveProperty('publisher-place');
    expect(item).not.toHaveProperty('publisher');
    // A medium would replace OL in the GB/T 7714 type code ([EB/OL]).
    expect(item).not.toHaveProperty('medium');
    expect(item.author).toHaveLength(1);
    expect(Object.values(item.author[0]).join('')).toBe('上海合作组织');
  });
});
