import { describe, expect, it } from 'vitest';
import type { ParagraphRecord } from '../../../src/content/paragraph-record.ts';
import { instruments, libraryDocuments, mentionExcerpt, mentionRows, mentions, type LibraryDocument } from '../../../src/lib/instruments/mentions.ts';

const record = (document: string, n: number, text: string): ParagraphRecord => ({ id: `${document}/p${n}`, document, n, text });
const doc = (slug: string, date: string, title: string, kind: '宣言' | '新闻公报' = '宣言'): LibraryDocument => ({ slug, title, kind, council: '元首理事会', date: new Date(date), place: '阿斯塔纳' });

const documents = [
  doc('2024-b', '2024-07-04', '上海合作组织成员国元首理事会阿斯塔纳宣言'),
  doc('2017-a', '2017-06-09', '上海合作组织成员国元首阿斯塔纳宣言'),
  doc('2017-c', '2017-06-09', '上海合作组织成员国元首理事会会议新闻公报', '新闻公报'),
  doc('2018-c', '2018-06-10', '上海合作组织成员国元首理事会会议新闻公报', '新闻公报'),
];
const records = [
  record('2017-a', 1, '遵循《联合国宪章》和《上海合作组织宪章》。'),
  record('2017-a', 2, '《〈纲要〉落实措施计划》'),
  record('2024-b', 3, '重申《上合组织宪章》，通过《上合组织成员国元首阿斯塔纳宣言》和《上合组织成员国元首理事会会议新闻公报》；《上合组织宪章》。'),
  record('2024-b', 4, '空的《》不算。'),
];

describe('mentions', () => {
  it('gives every title in a paragraph, as written, with its instrument, in order', () => {
    expect(mentions(records)).toEqual([
      { instrument: '联合国宪章', title: '联合国宪章', document: '2017-a', n: 1 },
      { instrument: '上海合作组织宪章', title: '上海合作组织宪章', document: '2017-a', n: 1 },
      { instrument: '纲要落实措施计划', title: '〈纲要〉落实措施计划', document: '2017-a', n: 2 },
      { instrument: '上海合作组织宪章', title: '上合组织宪章', document: '2024-b', n: 3 },
      { instrument: '上海合作组织成员国元首阿斯塔纳宣言', title: '上合组织成员国元首阿斯塔纳宣言', document: '2024-b', n: 3 },
      { instrument: '上海合作组织成员国元首理事会会议新闻公报', title: '上合组织成员国元首理事会会议新闻公报', document: '2024-b', n: 3 },
      { instrument: '上海合作组织宪章', title: '上合组织宪章', document: '2024-b', n: 3 },
    ]);
  });

  it('publishes each with its paragraph’s absolute permalink', () => {
    expect(mentionRows(records.slice(0, 1), new URL('https://example.org/'))[0]).toEqual({
      instrument: '联合国宪章',
      title: '联合国宪章',
      document: '2017-a',
      n: 1,
      permalink: 'https://example.org/2017-a/#p1',
    });
  });
});

describe('libraryDocuments', () => {
  const find = libraryDocuments(documents);
  it('finds the one document whose folded title is the instrument', () => {
    expect(find('上海合作组织成员国元首阿斯塔纳宣言')?.slug).toBe('2017-a');
  });
  it('links no document when several share the title', () => {
    expect(find('上海合作组织成员国元首理事会会议新闻公报')).toBeUndefined();
  });
  it('links nothing for an instrument outside the library', () => {
    expect(find('联合国宪章')).toBeUndefined();
  });
});

describe('instruments', () => {
  const all = instruments(mentions(records), documents);
  const charter = all.find(({ key }) => key === '上海合作组织宪章')!;

  it('counts mentions, documents and years; most mentioned first', () => {
    expect(all[0]).toBe(charter);
    expect(charter).toMatchObject({ mentions: 3, documents: 2, years: [2017, 2024] });
  });

  it('keeps every way of writing it, most frequent first, and shows that one', () => {
    expect(charter.written).toEqual([
      { title: '上合组织宪章', count: 2 },
      { title: '上海合作组织宪章', count: 1 },
    ]);
    expect(charter.name).toBe('上合组织宪章');
  });

  it('lists its paragraphs once each, in date order, with the titles as written there', () => {
    expect(charter.paragraphs.map(({ document, n, titles }) => [document.slug, n, titles])).toEqual([
      ['2017-a', 1, ['上海合作组织宪章']],
      ['2024-b', 3, ['上合组织宪章', '上合组织宪章']],
    ]);
  });

  it('names the library’s copy only where the title is one document’s', () => {
    expect(all.find(({ key }) => key === '上海合作组织成员国元首阿斯塔纳宣言')?.document?.slug).toBe('2017-a');
    expect(all.find(({ key }) => key === '上海合作组织成员国元首理事会会议新闻公报')?.document).toBeUndefined();
  });

  it('links each mention of an instrument that is a library document to it', () => {
    const declaration = all.find(({ key }) => key === '上海合作组织成员国元首阿斯塔纳宣言')!;
    expect(declaration.paragraphs.map(({ cited }) => cited?.slug)).toEqual(['2017-a']);
    expect(charter.paragraphs.map(({ cited }) => cited)).toEqual([undefined, undefined]);
  });

  describe('where several documents bear a title, the citing document’s metadata says which it means', () => {
    const citing = { ...documents[0], cites: [{ title: '上合组织成员国元首理事会会议新闻公报', document: '2017-c' }] };
    const communique = () => instruments(mentions(records), [citing, ...documents.slice(1)]).find(({ key }) => key === '上海合作组织成员国元首理事会会议新闻公报')!;

    it('links that mention, not the instrument', () => {
      expect(communique().document).toBeUndefined();
      expect(communique().paragraphs.map(({ document, cited }) => [document.slug, cited?.slug])).toEqual([['2024-b', '2017-c']]);
    });

    it('names the seed when the title is not the document’s, or the document is not the library’s', () => {
      const wrongTitle = { ...documents[0], cites: [{ title: '上合组织宪章草案', document: '2017-c' }] };
      expect(() => instruments(mentions(records), [wrongTitle, ...documents.slice(1)])).toThrow(/^2024-b: metadata `cites` names 《上合组织宪章草案》/);
      const wrongDocument = { ...documents[0], cites: [{ title: '上合组织成员国元首理事会会议新闻公报', document: '2099-x' }] };
      expect(() => instruments(mentions(records), [wrongDocument, ...documents.slice(1)])).toThrow(/^2024-b: .*"2099-x"/);
    });
  });

  it('names the input when a record’s document is missing', () => {
    expect(() => instruments(mentions([record('nowhere', 1, '《甲》')]), documents)).toThrow(/"nowhere"/);
  });
});

describe('mentionExcerpt', () => {
  const show = (text: string, key: string) => mentionExcerpt(text, key).map(({ text, title }) => (title ? `[${text}]` : text)).join('');

  it.each([
    ['the whole paragraph when it is one sentence', '遵循《联合国宪章》宗旨。', '联合国宪章', '遵循[《联合国宪章》]宗旨。'],
    ['only the sentences that cite it', '甲。乙遵循《联合国宪章》；丙。丁', '联合国宪章', '……乙遵循[《联合国宪章》]；……'],
    ['from the first to the last citing sentence', '甲。《上合组织宪章》乙。丙《上海合作组织宪章》。丁。', '上海合作组织宪章', '……[《上合组织宪章》]乙。丙[《上海合作组织宪章》]。……'],
    ['other titles unmarked', '《联合国宪章》和《上合组织宪章》', '联合国宪章', '[《联合国宪章》]和《上合组织宪章》'],
  ])('%s', (_case, text, key, expected) => {
    expect(show(text, key)).toBe(expected);
  });

  it('gives the paragraph’s own text, cut only at sentence ends', () => {
    const text = '甲。乙遵循《联合国宪章》；丙。';
    expect(text).toContain(mentionExcerpt(text, '联合国宪章').filter((piece) => piece.text !== '……').map((piece) => piece.text).join(''));
  });
});
