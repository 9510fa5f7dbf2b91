import { Feed } from 'feed';
import type { DocumentData } from '../../content/document-schema.ts';
import { INSTITUTIONAL_AUTHOR } from '../citation/work.ts';
import { formatChineseDate, utcMidnight } from '../date.ts';
import { SITE_NAME } from '../site.ts';
import { documentPath, FEED_PATH } from '../urls.ts';

/**
 * The Atom 1.0 feed of documents, newest first. An entry is published on the
 * day the document was adopted and updated on the day it was last added or
 * corrected here (its seed's last commit, `revised`; the adoption day where
 * that is unknown). Never the clock: the feed's own `updated` is its latest
 * entry's, so an unchanged corpus gives a byte-identical feed.
 */
export function atomFeed(documents: readonly DocumentData[], site: URL): string {
  const day = (document: DocumentData) => utcMidnight(document.date);
  const updated = (document: DocumentData) => utcMidnight(document.revised ?? document.date);
  const newestFirst = [...documents].sort((a, b) => day(b).getTime() - day(a).getTime() || a.slug.localeCompare(b.slug));
  const latest = Math.max(0, ...documents.map((document) => updated(document).getTime()));
  const home = new URL('/', site).href;
  const feed = new Feed({
    id: home,
    link: home,
    title: SITE_NAME,
    description: '上海合作组织官方中文文件',
    language: 'zh-CN',
    updated: new Date(latest),
    generator: false,
    feedLinks: { atom: new URL(FEED_PATH, site).href },
    author: { name: SITE_NAME, link: home },
    copyright: `${INSTITUTIONAL_AUTHOR}文件；整理：${SITE_NAME}`,
  });
  for (const document of newestFirst) {
    const link = new URL(documentPath(document.slug), site).href;
    feed.addItem({
      id: link,
      link,
      title: document.title,
      date: updated(document),
      published: day(document),
      description: `${document.council}${document.kind}，${formatChineseDate(document.date)}于${document.place}通过，共${document.paragraphCount}段。`,
      author: [{ name: INSTITUTIONAL_AUTHOR }],
      category: [{ term: document.kind }, { term: document.council }],
    });
  }
  return feed.atom1();
}
