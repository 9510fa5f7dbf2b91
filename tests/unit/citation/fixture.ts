import type { CitedWork } from '../../../src/lib/citation/work.ts';

/** The 2024 declaration as the citation formats see it. */
export const astana2024: CitedWork = {
  slug: '2024-astana-declaration',
  title: '上海合作组织成员国元首理事会阿斯塔纳宣言',
  kind: '宣言',
  date: '2024-07-04',
  place: '阿斯塔纳',
  url: 'https://example.org/2024-astana-declaration/',
};

/** A title with every character that means something to TeX, to RIS or to JSON. */
export const awkward: CitedWork = { ...astana2024, slug: 'awkward', title: '“A&B”_{x}%#~^\\$ 《宣言》\n第二行', date: '1999-01-31', place: 'Place, "quoted"' };
