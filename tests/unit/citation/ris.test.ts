import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { formatRis } from '../../../src/lib/citation/ris.ts';
import { astana2024 } from './fixture.ts';

describe('formatRis', () => {
  it('is one CRLF-terminated record that a RIS reader turns back into the work', async () => {
    const ris = formatRis(astana2024);
    expect(ris.startsWith('TY  - GEN\r\n')).toBe(true);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    const [item] = (await Cite.async(ris)).data;
    expect(item).toMatchObject({
      type: 'document',
      title: '上海合作组织成员国元首理事会阿斯塔纳宣言',
      issued: { 'date-parts': [[2024, 7, 4]] },
      'publisher-place': '阿斯塔纳',
      publisher: '上合文献库',
      URL: 'https://example.org/2024-astana-declaration/',
    });
    expect(item.author).toHaveLength(1);
    expect(Object.values(item.author[0]).join('')).toBe('上海合作组织');
  });
});
