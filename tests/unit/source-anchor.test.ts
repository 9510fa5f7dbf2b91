import { describe, expect, it } from 'vitest';
import { formatLineHash, lineId, lineLabel, parseLineHash } from '../../src/lib/source-anchor.ts';
import { sourceNotesPath, sourcePath } from '../../src/lib/urls.ts';

describe('source line anchors', () => {
  it('name a line and a run', () => {
    expect(lineId(33)).toBe('L33');
    expect(formatLineHash(33)).toBe('#L33');
    expect(formatLineHash({ from: 33, to: 33 })).toBe('#L33');
    expect(formatLineHash({ from: 33, to: 35 })).toBe('#L33-L35');
    expect(lineLabel({ from: 33, to: 35 })).toBe('第33—35行');
    expect(lineLabel({ from: 7, to: 7 })).toBe('第7行');
  });

  it('read a line, a run, a reversed or hand-written run', () => {
    expect(parseLineHash('#L33', 265)).toEqual({ from: 33, to: 33 });
    expect(parseLineHash('#L33-L35', 265)).toEqual({ from: 33, to: 35 });
    expect(parseLineHash('#L35-L33', 265)).toEqual({ from: 33, to: 35 });
    expect(parseLineHash('L33-35', 265)).toEqual({ from: 33, to: 35 });
  });

  it('read nothing outside the source or from other anchors', () => {
    expect(parseLineHash('#L0', 10)).toBeUndefined();
    expect(parseLineHash('#L9-L11', 10)).toBeUndefined();
    expect(parseLineHash('#p3', 10)).toBeUndefined();
    expect(parseLineHash('#L3x', 10)).toBeUndefined();
    expect(parseLineHash('', 10)).toBeUndefined();
  });

  it('make the source view paths', () => {
    expect(sourcePath('2024-astana-declaration')).toBe('/2024-astana-declaration/source/');
    expect(sourcePath('2024-astana-declaration', { from: 27, to: 29 })).toBe('/2024-astana-declaration/source/#L27-L29');
    expect(sourceNotesPath('2024-astana-declaration')).toBe('/2024-astana-declaration/source/notes.json');
  });
});
