import { describe, expect, it } from 'vitest';
import { corpusIndex, documentData, documentText, paragraphRows } from '../../../src/lib/data/document-data.ts';
import { formulations, older, records, sample, SITE } from './fixture.ts';

describe('documentData', () => {
  const data = documentData(sample, records, formulations, SITE);

  it('keeps the fields the compare view reads: slug, title, date and numbered paragraphs with permalinks', () => {
    expect(data).toMatchObject({ slug: 'sample-declaration', title: '样本宣言', date: '2020-11-10' });
    expect(data.paragraphs).toEqual([
      { n: 1, permalink: 'https://example.org/sample-declaration/#p1', text: records[0].text, section: '一、政治' },
      { n: 2, permalink: 'https://example.org/sample-declaration/#p2', text: '第二段。', section: '一、政治' },
      { n: 3, permalink: 'https://example.org/sample-declaration/#p3', text: '第三段 "quoted", 完。', section: '二、经济' },
    ]);
  });

  it('adds provenance, headings, the closing block and its schema, without source line numbers', () => {
    expect(data.$schema).toBe('https://example.org/data/schema/document.json');
    expect(data.url).toBe('https://example.org/sample-declaration/');
    expect(data.provenance).toEqual({
      source: { publisher: '联合国大会文件', reference: 'A/75/1' },
      convertedFromTraditional: true,
      corrections: [{ find: '甲', replace: '乙', reason: '扫描错字' }],
      notes: [{ label: '文号', paragraphs: ['A/75/1'] }],
    });
    expect(data.headings).toEqual([
      { text: '一、政治', before: 1 },
      { text: '二、经济', before: 3 },
    ]);
    expect(data.closing).toEqual({
      signatories: [
        { title: '俄罗斯联邦总统', name: '普京' },
        { title: '中华人民共和国主席', name: '习近平', mark: '（签字）' },
      ],
      date: '二〇二〇年十一月十日于莫斯科',
    });
  });
});

describe('documentData formulations', () => {
  it('carries the formulations it is given, as they are', () => {
    expect(documentData(sample, records, formulations, SITE).formulations).toEqual(formulations);
  });
});

describe('documentText', () => {
  it('gives the title, the headings and the numbered paragraphs in order, then the closing block', () => {
    expect(documentText(documentData(sample, records, formulations, SITE))).toBe(
      [
        '样本宣言\n（草案）',
        '一、政治',
        `1. ${records[0].text}`,
        '2. 第二段。',
        '二、经济',
        '3. 第三段 "quoted", 完。',
        '俄罗斯联邦总统　普京\n中华人民共和国主席　习近平　（签字）\n二〇二〇年十一月十日于莫斯科',
      ].join('\n\n') + '\n',
    );
  });
});

describe('paragraphRows', () => {
  it('names the document of every row and leaves section out when there is none', () => {
    expect(paragraphRows([{ id: 'x/p1', document: 'x', n: 1, text: '甲' }], SITE)).toEqual([{ document: 'x', n: 1, permalink: 'https://example.org/x/#p1', text: '甲' }]);
  });
});

describe('corpusIndex', () => {
  it('lists the documents newest first with the address of every file', () => {
    const index = corpusIndex([older, sample], SITE);
    expect(index.documents.map(({ slug }) => slug)).toEqual(['sample-declaration', 'older-communique']);
    expect(index.documents[0].files).toEqual({
      json: 'https://example.org/data/sample-declaration.json',
      csv: 'https://example.org/data/sample-declaration.csv',
      txt: 'https://example.org/data/sample-declaration.txt',
      bib: 'https://example.org/data/sample-declaration.bib',
      ris: 'https://example.org/data/sample-declaration.ris',
      csl: 'https://example.org/data/sample-declaration.csl.json',
      related: 'https://example.org/data/related/sample-declaration.json',
    });
    expect(index.documents[1]).toMatchObject({ date: '2001-06-15', kind: '新闻公报', paragraphCount: 1, url: 'https://example.org/older-communique/' });
  });
});
