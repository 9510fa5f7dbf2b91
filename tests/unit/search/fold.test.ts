import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCharacter, foldText } from '../../../src/lib/search/fold.ts';

describe('foldText', () => {
  it('folds full-width letters, digits and space, and lower-cases', () => {
    expect(foldText('ＡＢＣ１２３')).toBe('abc123');
    expect(foldText('ＦＡＴＦ　标准')).toBe('fatf 标准');
    expect(foldText('FATF')).toBe('fatf');
  });

  it('leaves Chinese text and full-width punctuation that has no one-character plain form', () => {
    expect(foldText('上海合作组织、《联合国宪章》')).toBe('上海合作组织、《联合国宪章》');
    // NFKC would turn … into three characters; it stays, so offsets keep pointing into the text.
    expect(foldCharacter('…')).toBe('…');
  });

  it('keeps every offset: the folded text has the length of the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => foldText(text).length === text.length));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldText(foldText(text)) === foldText(text)));
  });
});
