import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../scripts/lib/document.ts';
import { parseSeedMetadata } from '../../scripts/lib/metadata.ts';
import { sourceFile } from '../../scripts/lib/source-file.ts';
import { sourceFileSchema } from '../../src/content/source-file.ts';
import { traceInline } from '../../scripts/lib/text/index.ts';

// A small seed with one of each thing normalization does, line numbers written out by hand.
const seed = [
  /* 1 */ '新华社北京电元首们指出 ,各方',
  /* 2 */ '应加强合作。',
  /* 3 */ '',
  /* 4 */ '他們強調，應當推進“上合組織”',
  /* 5 */ '',
  /* 6 */ '12',
  /* 7 */ '',
  /* 8 */ '建設。',
  /* 9 */ '元首们欢迎 2017 年 6 月的会议。',
  /* 10 */ '元首们注意到10 年来的进展。',
  /* 11 */ '',
].join('\r\n');

const metadata = parseSeedMetadata(
  `slug: t
title: 标题
kind: 宣言
council: 元首理事会
date: 2024-07-04
place: 某地
source: { publisher: 某处 }
script: traditional
parts:
  - { role: provenance, lines: "1", prefix: 新华社北京电, label: 新闻电头 }
corrections:
  - { find: 注意到10 年来, replace: 注意到十年来, reason: 页码排进了正文 }
`,
  'meta.yaml',
);
const document = normalizeDocument(new TextEncoder().encode(seed), metadata, 'seeds/t.txt');

describe('where each paragraph came from', () => {
  it('keeps the seed lines as committed (CRLF read as line ends, no extra line after the last break)', () => {
    expect(document.source.lines).toEqual(seed.split('\r\n').slice(0, -1));
    expect(document.source.lines[3]).toBe('他們強調，應當推進“上合組織”');
  });

  it('records lines, joins across page breaks, dropped page numbers and conversions', () => {
    const [first, second, third, fourth] = document.paragraphs;
    expect(first).toMatchObject({ n: 1, line: 1, to: 2, pageBreakJoins: [], pageNumbers: [], fromTraditional: false, corrections: [] });
    expect(first.prefix).toEqual({ text: '新华社北京电', label: '新闻电头' });
    expect(first.changes).toEqual(['spaces', 'punctuation']);
    expect(second).toMatchObject({ n: 2, line: 4, to: 8, pageBreakJoins: [8], pageNumbers: [6], fromTraditional: true, changes: [] });
    expect(third).toMatchObject({ line: 9, to: 9, changes: ['spaces'], fromTraditional: false });
    expect(fourth.corrections).toEqual([{ find: '注意到10 年来', replace: '注意到十年来', reason: '页码排进了正文', line: 10, to: 10 }]);
    expect(fourth.changes).toEqual([]);
  });

  it('names the regions that are not body text', () => {
    expect(document.source.regions).toEqual([
      { role: 'provenance', from: 1, to: 1, label: '新闻电头' },
      { role: 'page-number', from: 6, to: 6 },
    ]);
  });

  it('writes a source file its schema accepts, without the paragraph texts', () => {
    const file = sourceFileSchema.parse(sourceFile(document));
    expect(file.file).toBe('seeds/t.txt');
    expect(file.traditional).toBe(true);
    expect(file.paragraphs.map((paragraph) => Object.keys(paragraph))).not.toContainEqual(expect.arrayContaining(['text']));
  });
});

describe('traceInline', () => {
  it.each([
    ['没有改动。', []],
    ['2017 年', ['spaces']],
    ['指出,各方', ['punctuation']],
    ['"上合组织"', ['quotes']],
    ['《<纲要>行动计划》', ['title-marks']],
    ['㈠总则', ['enumerators']],
    // Dropping the space exposes the "?" to a CJK neighbour only in the settling pass.
    ['是吗 ? ，', ['spaces', 'punctuation']],
  ])('%s → %j', (text, changes) => {
    expect(traceInline(text).changes).toEqual(changes);
  });
});
