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
/** A run of word characters: the characters search indexes (search/tokens.ts isWordCharacter), Alphabetic or Numeric. */
const WORD_RUN = /[\p{Alphabetic}\p{N}]+/gu;
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

const LEADING_LIST = EDGE_WORDS.flatMap(({ leading }) => leading);
const TRAILING_LIST = EDGE_WORDS.flatMap(({ trailing }) => trailing);
const LEADING = new Set(LEADING_LIST);
const TRAILING = new Set(TRAILING_LIST);

let segmenter: Intl.Segmenter | undefined;

/** The clause without the framing words at its edges (segmented once, by ICU's Chinese dictionary). */
export function trimEdges(clause: string): string {
  // Most clauses have no framing word at either edge: no need to segment them.
  if (!LEADING_LIST.some((word) => clause.startsWith(word)) && !TRAILING_LIST.some((word) => clause.endsWith(word))) return clause;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words = [...segmenter.segment(clause)].map(({ segment }) => segment);
  let [start, end] = [0, words.length];
  const joined = (from: number, to: number) => words.slice(from, to).join('');
  for (let changed = true; changed && start < end; ) {
    changed = false;
    // The longest run of opening words that is one framing word (成员国 is 成员 + 国 to the segmenter).
    for (let to = end - 1; to > start; to--) {
      if (LEADING.has(joined(start, to))) {
        [start, changed] = [to, true];
        break;
      }
    }
    for (let from = start + 1; from < end; from++) {
      if (TRAILING.has(joined(from, end))) {
        [end, changed] = [from, true];
        break;
      }
    }
  }
  return joined(start, end);
}

function isPhrase(text: string): boolean {
  return text.length >= MIN_PHRASE_LENGTH && text.length <= MAX_PHRASE_LENGTH && !/\p{N}/u.test(text);
}

/** The phrases of one paragraph's text, each once, in order of first appearance. */
export function phrasesOf(text: string): string[] {
  const found = new Set<string>();
  let titleDepth = 0;
  let quoteDepth = 0;
  let gapStart = 0;
  for (const { 0: run, index: start } of text.matchAll(WORD_RUN)) {
    // The marks between the previous run and this one open or close titles and quotations.
    for (let i = gapStart; i < start; i++) {
      const mark = text[i];
      if (mark === TITLE_OPEN) titleDepth++;
      else if (mark === TITLE_CLOSE) titleDepth = Math.max(0, titleDepth - 1);
      else if (OPENING_QUOTES.has(mark)) quoteDepth++;
      else if (CLOSING_QUOTES.has(mark)) quoteDepth = Math.max(0, quoteDepth - 1);
    }
    const end = start + run.length;
    gapStart = end;
    if (titleDepth > 0) continue;
    const [before, after] = [text[start - 1] ?? '', text[end] ?? ''];
    const quoted = quoteDepth > 0;
    const listed = (before === LIST_COMMA || after === LIST_COMMA) && SETTING_MARKS.has(before) && SETTING_MARKS.has(after);
    if ((!quoted && !listed) || run.length < MIN_PHRASE_LENGTH) continue;
    const phrase = trimEdges(run);
    if (isPhrase(phrase)) found.add(phrase);
  }
  return [...found];
}

/**
 * The runs of word characters of a text: every place a phrase can occur
 * (a phrase never spans punctuation), inside titles too.
 */
export function wordRuns(text: string): string[] {
  return text.match(WORD_RUN) ?? [];
}
