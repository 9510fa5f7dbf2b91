import { isWordCharacter } from '../search/tokens.ts';

/**
 * What counts as a phrase (提法) when the library lists what is new and what
 * was dropped in a document. Hand-written, because it is this product's own
 * definition (explained to readers on 关于本库, #formulations), not a general
 * keyword extractor: official Chinese texts set their formulations apart with
 * punctuation — items of a list (政策沟通、设施联通、贸易畅通), quoted terms
 * (“上海精神”, “三股势力”) — so a phrase is such a clause, trimmed of the
 * words that open or close a clause without being part of the formulation.
 *
 * A phrase:
 *   - is a run of word characters (letters, digits, Han) between two marks
 *     of punctuation, never across one;
 *   - stands next to an enumeration comma 、 or a quotation mark (“”‘’) on at
 *     least one side: where texts list and name their formulations (a clause
 *     between two ordinary commas is a sentence part, not a term);
 *   - lies outside book-title marks 《…》: titles are instruments cited,
 *     listed by the instruments feature, not formulations;
 *   - loses the opening and closing words of EDGE_WORDS (成员国、重申、以及、…的);
 *   - is then 4 to 8 characters long and has no digit (a date or a number is
 *     not a formulation; a shorter run is a word, not a phrase; a longer one
 *     is a sentence).
 */
export const MIN_PHRASE_LENGTH = 4;
export const MAX_PHRASE_LENGTH = 8;

/** The marks that set a formulation apart: the enumeration comma and quotation marks. */
const LIST_COMMA = '、';
const OPENING_QUOTES = new Set(['“', '‘']);
const CLOSING_QUOTES = new Set(['”', '’']);
const SETTING_MARKS = new Set([LIST_COMMA, ...OPENING_QUOTES, ...CLOSING_QUOTES]);
const TITLE_OPEN = '《';
const TITLE_CLOSE = '》';

/**
 * Words trimmed from the edges of a clause, with why: they frame a
 * formulation, they are not part of it. Matched on whole words (Intl.Segmenter),
 * so 和平 keeps its 和 and 以及贩毒 loses 以及.
 */
export const EDGE_WORDS: { leading: readonly string[]; trailing: readonly string[]; reason: string }[] = [
  { leading: ['成员国', '各成员国', '各方', '双方'], trailing: [], reason: 'the subject every sentence of a declaration opens with' },
  {
    leading: ['指出', '强调', '重申', '认为', '表示', '支持', '欢迎', '注意到', '呼吁', '主张', '赞赏', '愿', '将', '继续', '应'],
    trailing: [],
    reason: 'reporting and modal verbs: what the members say about a formulation, not the formulation',
  },
  {
    leading: ['以及', '包括', '并', '和', '与', '及', '或', '为', '在', '对', '由', '从', '于', '以', '其', '同', '即', '等'],
    trailing: ['的', '和', '与', '及', '以及', '等', '方面', '中', '上'],
    reason: 'conjunctions, prepositions and particles that join a list item to its sentence',
  },
];

const LEADING = new Set(EDGE_WORDS.flatMap(({ leading }) => leading));
const TRAILING = new Set(EDGE_WORDS.flatMap(({ trailing }) => trailing));

let segmenter: Intl.Segmenter | undefined;

/** The word boundaries inside a clause (offsets, excluding 0 and the end), by ICU's Chinese dictionary. */
function wordBoundaries(clause: string): number[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(clause)].map(({ index }) => index).filter((index) => index > 0);
}

/** The clause without the framing words at its edges. */
export function trimEdges(clause: string): string {
  let text = clause;
  for (let changed = true; changed && text; ) {
    changed = false;
    const boundaries = wordBoundaries(text);
    const start = boundaries.findLast((index) => LEADING.has(text.slice(0, index)));
    if (start !== undefined) {
      text = text.slice(start);
      changed = true;
      continue;
    }
    const end = [...boundaries].find((index) => TRAILING.has(text.slice(index)));
    if (end !== undefined) {
      text = text.slice(0, end);
      changed = true;
    }
  }
  return text;
}

function isPhrase(text: string): boolean {
  return text.length >= MIN_PHRASE_LENGTH && text.length <= MAX_PHRASE_LENGTH && !/\p{N}/u.test(text);
}

/** The phrases of one paragraph's text, each once, in order of first appearance. */
export function phrasesOf(text: string): string[] {
  const found = new Set<string>();
  const chars = [...text];
  let titleDepth = 0;
  let quoteDepth = 0;
  for (let i = 0; i < chars.length; ) {
    if (!isWordCharacter(chars[i])) {
      if (chars[i] === TITLE_OPEN) titleDepth++;
      else if (chars[i] === TITLE_CLOSE) titleDepth = Math.max(0, titleDepth - 1);
      else if (OPENING_QUOTES.has(chars[i])) quoteDepth++;
      else if (CLOSING_QUOTES.has(chars[i])) quoteDepth = Math.max(0, quoteDepth - 1);
      i++;
      continue;
    }
    let end = i;
    while (end < chars.length && isWordCharacter(chars[end])) end++;
    const [before, after] = [chars[i - 1] ?? '', chars[end] ?? ''];
    const quoted = quoteDepth > 0;
    const listed = (before === LIST_COMMA || after === LIST_COMMA) && SETTING_MARKS.has(before) && SETTING_MARKS.has(after);
    if (titleDepth === 0 && (quoted || listed)) {
      const phrase = trimEdges(chars.slice(i, end).join(''));
      if (isPhrase(phrase)) found.add(phrase);
    }
    i = end;
  }
  return [...found];
}

/**
 * The runs of word characters of a text: every place a phrase can occur
 * (a phrase never spans punctuation), inside titles too.
 */
export function wordRuns(text: string): string[] {
  return text.match(/[\p{Alphabetic}\p{N}]+/gu) ?? [];
}
