import { describe, expect, it } from 'vitest';
import { parseSeedMetadata } from '../../scripts/lib/metadata.ts';

const valid = `slug: 2024-astana-declaration
title: 上海合作组织成员国元首理事会阿斯塔纳宣言
kind: 宣言
council: 元首理事会
date: 2024-07-04
place: 阿斯塔纳
source:
  publisher: 联合国大会文件
parts:
  - role: title
    lines: "3"
  - role: chrome
    lines: 1-2
    reason: 网站导航
`;

describe('parseSeedMetadata', () => {
  it('reads metadata with defaults and line ranges', () => {
    const metadata = parseSeedMetadata(valid, 'm.yaml');
    expect(metadata.script).toBe('simplified');
    expect(metadata.paragraphBreaks).toBe('sentence-end');
    expect(metadata.parts.map((part) => part.lines)).toEqual([{ from: 3, to: 3 }, { from: 1, to: 2 }]);
  });

  it.each([
    ['an invalid date', valid.replace('2024-07-04', '2024-13-40'), /m\.yaml: field "date": an ISO date/],
    ['an unknown kind', valid.replace('kind: 宣言', 'kind: 声明'), /m\.yaml: field "kind": /],
    ['a bad slug', valid.replace('slug: 2024-astana-declaration', 'slug: Astana 2024'), /field "slug": lowercase words/],
    ['a missing field', valid.replace('place: 阿斯塔纳\n', ''), /field "place"/],
    ['a part without a reason', valid.replace('    reason: 网站导航\n', ''), /field "parts\.1\.reason"/],
    ['an unknown field', `${valid}colour: red\n`, /m\.yaml: field "\(top level\)"/],
    ['broken YAML', 'slug: [unclosed', /m\.yaml:1: not valid YAML/],
  ])('names the file and field for %s', (_, yaml, message) => {
    expect(() => parseSeedMetadata(yaml, 'm.yaml')).toThrow(message);
  });
});
