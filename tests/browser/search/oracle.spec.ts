import { ORACLE_QUERIES, expectedHits } from '../../search/oracle.ts';
import { expect, hitPermalinks, search, test } from './fixtures.ts';

test('every query lists exactly the paragraphs that contain it', async ({ page }) => {
  await page.goto('/search/');
  for (const { query, covers } of ORACLE_QUERIES) {
    await search(page, query);
    expect.soft(await hitPermalinks(page), `${JSON.stringify(query)} (${covers})`).toEqual(expectedHits(query));
  }
});
