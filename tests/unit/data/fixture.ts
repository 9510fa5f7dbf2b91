import type { DocumentData } from '../../../src/content/document-schema.ts';
import type { ParagraphRecord } from '../../../src/content/paragraph-record.ts';
import type { FormulationsData } from '../../../src/lib/data/schemas.ts';

export const SITE = new URL('https://example.org');

/** A small document with every part the data files carry: subtitle, provenance, a correction, sections, signatories and a closing date. */
export const sample: DocumentData = {
  slug: 'sample-declaration',
  title: '样本宣言',
  subtitle: '（草案）',
  kind: '宣言',
  council: '元首理事会',
  date: new Date('2020-11-10T00:00:00Z'),
  place: '莫斯科',
  source: { publisher: '联合国大会文件', reference: 'A/75/1' },
  titleLine: 1,
  convertedFromTraditional: true,
  corrections: [{ find: '甲', replace: '乙', reason: '扫描错字' }],
  provenance: [{ line: 2, label: '文号', paragraphs: ['A/75/1'] }],
  removals: [{ line: 9, rule: 'page-number', reason: '页码', text: '- 2 -' }],
  headings: [
    { line: 3, text: '一、政治', before: 1 },
    { line: 6, text: '二、经济', before: 3 },
  ],
  signatories: [
    { line: 10, title: '俄罗斯联邦总统', name: '普京' },
    { line: 11, title: '中华人民共和国主席', name: '习近平', mark: '（签字）' },
  ],
  closingDate: { line: 12, text: '二〇二〇年十一月十日于莫斯科' },
  paragraphCount: 3,
};

export const records: ParagraphRecord[] = [
  { id: 'sample-declaration/p1', document: 'sample-declaration', n: 1, text: '第一段，含“引号”, 逗号。', section: '一、政治' },
  { id: 'sample-declaration/p2', document: 'sample-declaration', n: 2, text: '第二段。', section: '一、政治' },
  { id: 'sample-declaration/p3', document: 'sample-declaration', n: 3, text: '第三段 "quoted", 完。', section: '二、经济' },
];

export const older: DocumentData = { ...sample, slug: 'older-communique', title: '较早的公报', kind: '新闻公报', date: new Date('2001-06-15T00:00:00Z'), paragraphCount: 1 };

/** The sample's formulations as the corpus computation gives them (src/lib/formulations/). */
export const formulations: FormulationsData = {
  new: [{ text: '一个地球', n: [1, 3] }],
  dropped: [{ text: '和平使命', document: 'older-communique', n: [1] }],
  earlierDocuments: 1,
  earlierInSeries: 1,
  previous: 'older-communique',
};
