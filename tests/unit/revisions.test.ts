import { describe, expect, it } from 'vitest';
import { documentRevision, parseRevisions } from '../../scripts/lib/revisions.ts';

// `git log --format=%x00%cs --name-only`: newest commit first.
const LOG = ['\u00002026-11-21', '', 'seeds/004_x.yaml', '', '\u00002026-11-01', '', 'seeds/004_x.txt', 'seeds/004_x.yaml', 'seeds/003_y.txt', ''].join('\n');

describe('parseRevisions', () => {
  it('gives each file the day of the newest commit that lists it', () => {
    expect(parseRevisions(LOG)).toEqual(
      new Map([
        ['seeds/004_x.yaml', '2026-11-21'],
        ['seeds/004_x.txt', '2026-11-01'],
        ['seeds/003_y.txt', '2026-11-01'],
      ]),
    );
  });

  it('gives nothing for an empty log', () => {
    expect(parseRevisions('')).toEqual(new Map());
  });
});

describe('documentRevision', () => {
  it('is the later of the seed’s and its metadata’s days', () => {
    const revisions = parseRevisions(LOG);
    expect(documentRevision(revisions, 'seeds/004_x.txt')).toBe('2026-11-21');
    expect(documentRevision(revisions, 'seeds/003_y.txt')).toBe('2026-11-01');
    expect(documentRevision(revisions, 'seeds/005_new.txt')).toBeUndefined();
  });
});
