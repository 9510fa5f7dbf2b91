import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParagraphRecords } from '../../../src/content/paragraph-record.ts';
import { diffParagraphs, type DiffPart } from '../../../src/lib/compare/diff.ts';
import { PROJECT_ROOT } from '../../helpers/project.ts';

const sideA = (parts: DiffPart[]) => parts.filter((part) => part.kind !== 'inserted').map((part) => part.text).join('');
const sideB = (parts: DiffPart[]) => parts.filter((part) => part.kind !== 'deleted').map((part) => part.text).join('');
const show = (parts: DiffPart[]) => parts.map(({ kind, text }) => (kind === 'equal' ? text : kind === 'deleted' ? `[-${text}]` : `[+${text}]`)).join('');

function expectInvariant(a: string, b: string) {
  const parts = diffParagraphs(a, b);
  expect(sideA(parts)).toBe(a);
  expect(sideB(parts)).toBe(b);
  expect(parts.every((part) => part.text.length > 0)).toBe(true);
}

describe('diffParagraphs', () => {
  it('shows a changed phrase as one change, whole words', () => {
    // 2017-04 foreign ministers’ communiqué p14 → 2017-06 heads of state communiqué p22.
    expect(show(diffParagraphs('外长们相信，议定书尽快对所有签署方生效将为维护地区安全', '元首们相信，议定书尽快对所有签署国生效将为保障地区安全'))).toBe(
      '[-外长][+元首]们相信，议定书尽快对所有签署[-方][+国]生效将为[-维护][+保障]地区安全',
    );
    // A character diff keeps the shared 害 and splits both words: [-，损][+将危]害.
    expect(show(diffParagraphs('反导系统，损害国际安全', '反导系统将危害国际安全'))).toBe('反导系统[-，损害][+将危害]国际安全');
  });

  it('joins two changes around a single shared character', () => {
    expect(show(diffParagraphs('稳定。成员国认为，不能容许以牺牲', '稳定，认为以牺牲'))).toBe('稳定[-。成员国认为，不能容许][+，认为]以牺牲');
  });

  it('marks pure insertions and deletions, and equal texts as one equal part', () => {
    expect(show(diffParagraphs('议定书尽快生效', '议定书（2014年5月6日，纽约）尽快生效'))).toBe('议定书[+（2014年5月6日，纽约）]尽快生效');
    expect(diffParagraphs('上合组织', '上合组织')).toEqual([{ kind: 'equal', text: '上合组织' }]);
    expect(diffParagraphs('', '上合组织')).toEqual([{ kind: 'inserted', text: '上合组织' }]);
  });

  it('keeps changes of spacing (jsdiff’s diffWords would drop them)', () => {
    expectInvariant('上合组织 SCO 成员国', '上合组织  SCO成员国');
    expect(diffParagraphs('上合组织 SCO 成员国', '上合组织  SCO成员国').some((part) => part.kind !== 'equal')).toBe(true);
  });

  it('rebuilds both texts exactly from any strings, surrogate pairs and spaces included (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'成员国上合组织，。 \n𠀀🙂a1'), maxLength: 30 });
    fc.assert(fc.property(text, text, expectInvariant));
  });

  it('rebuilds both texts exactly for paragraphs of the real corpus (property)', async () => {
    const texts = (await readParagraphRecords(PROJECT_ROOT)).map((record) => record.text);
    const index = fc.nat({ max: texts.length - 1 });
    fc.assert(fc.property(index, index, (i, j) => expectInvariant(texts[i], texts[j])), { numRuns: 300 });
  });
});
