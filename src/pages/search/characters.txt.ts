// /search/characters.txt (SEARCH_CHARACTERS_PATH): every Chinese character
// the corpus uses, once each, in code point order. Search reads it only when
// a literal of a query is found nowhere: a character the corpus (all
// simplified) never uses suggests traditional input, worth converting; a
// word made of known characters is simply absent. One small file answers
// that at once, where asking the index would load every bigram that starts
// with each character.
import type { APIRoute } from 'astro';
import { allParagraphRecords } from '../../content/collections.ts';
import { hanCharacters } from '../../lib/query/terms.ts';
import { textResponse } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const characters = new Set<string>();
  for (const { text } of await allParagraphRecords()) for (const character of hanCharacters(text)) characters.add(character);
  return textResponse([...characters].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join(''), 'text/plain');
};
