import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { parsePermalinkLines, permalinkLines } from '../../scripts/lib/permalinks.ts';

// Citations point at /{slug}/#pN. This compares the committed list of every
// published anchor with what the build produces now: an anchor that
// disappears or whose text changes breaks someone's citation.
const root = path.join(import.meta.dirname, '../..');
const committed = parsePermalinkLines(readFileSync(path.join(root, 'tests/permalinks.txt'), 'utf8'));
const current = parsePermalinkLines(permalinkLines(await readParagraphRecords(root)).join('\n'));

describe('published permalinks', () => {
  it('none has disappeared', () => {
    expect([...committed.keys()].filter((anchor) => !current.has(anchor))).toEqual([]);
  });

  it('none points at changed text', () => {
    expect([...committed].filter(([anchor, hash]) => current.has(anchor) && current.get(anchor) !== hash).map(([anchor]) => anchor)).toEqual([]);
  });

  it('every new anchor is listed (run `npm run permalinks` and commit the list)', () => {
    expect([...current.keys()].filter((anchor) => !committed.has(anchor))).toEqual([]);
  });
});
