import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/feed/atom.ts';
import { older, sample, SITE } from '../data/fixture.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

describe('atomFeed', () => {
  const xml = atomFeed([older, sample], SITE);
  const { feed } = parser.parse(xml);

  it('is an Atom 1.0 feed of the site that links itself', () => {
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBe('上合文献库');
    expect(feed.link).toEqual(expect.arrayContaining([{ rel: 'self', href: 'https://example.org/feed.xml' }]));
    expect(feed.updated).toBe('2020-11-10T00:00:00.000Z');
  });

  it('lists the documents newest first with title, date adopted, kind, council and link', () => {
    expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual(['https://example.org/sample-declaration/', 'https://example.org/older-communique/']);
    const [newest] = feed.entry;
    expect(newest.title['#text'] ?? newest.title).toBe('样本宣言');
    expect(newest.link).toEqual([{ href: 'https://example.org/sample-declaration/' }]);
    expect(newest.published).toBe('2020-11-10T00:00:00.000Z');
    expect(newest.category.map((category: { term: string }) => category.term)).toEqual(['宣言', '元首理事会']);
    expect(newest.author.name).toBe('上海合作组织');
  });

  it('does not change between builds of the same corpus', () => {
    expect(atomFeed([sample, older], SITE)).toBe(xml);
  });

  it('dates an entry’s update by its last revision here, and the feed by its latest entry', () => {
    const corrected = { ...older, revised: new Date('2026-03-02') };
    const { feed: revised } = parser.parse(atomFeed([corrected, sample], SITE));
    expect(revised.updated).toBe('2026-03-02T00:00:00.000Z');
    const entry = revised.entry.find((candidate: { id: string }) => candidate.id === 'https://example.org/older-communique/');
    expect(entry.updated).toBe('2026-03-02T00:00:00.000Z');
    expect(entry.published).toBe('2001-06-15T00:00:00.000Z');
    // Still newest first by the day adopted, not by the day corrected.
    expect(revised.entry.map((candidate: { id: string }) => candidate.id)).toEqual(['https://example.org/sample-declaration/', 'https://example.org/older-communique/']);
  });
});
