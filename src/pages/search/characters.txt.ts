// /search/characters.txt (SEARCH_CHARACTERS_PATH): every Chinese character
// the corpus uses, once each, in code point order. Search reads it for a
// query in Chinese before searching: a character the corpus (all
// simplified) never uses suggests traditional input, worth converting; a
// word made of known characters is simply absent. One small file (3 KB at
// 1,000 documents) answers that at once, where asking the index would load
// every bigram that starts with each character, and a search as typed would
// first find nothing.
import type { APIRoute } from 'astro';
import { allParagraphRecords } from '../../content/collections.ts';
import { hanCharacters } from '../../lib/query/terms.ts';
import { textResponse } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const characters = new Set<string>();
  for (const { text } of await allParagraphRecords()) for (const character of hanCharacters(text)) characters.add(character);
  return textResponse([...characters].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join(''), 'text/plain');
};
