// The query language of search, grammar only (what a query means is
// search/matches.ts over the index and search/match.ts over a text):
//   A B      both (AND)                A | B   either (OR; binds tighter than AND)
//   -A       not A (inside an AND)     "…"     an exact string, spaces and punctuation included ("" is one ")
//   A*B      A, then 1–10 characters (no sentence end 。！？；), then B, in one paragraph
//   ( … )    grouping
// A word's quoted and bare parts join (`"上海精神"。` is 上海精神。). Written by
// hand: the grammar is ours, small, and must report where it fails in words a
// reader understands; a parser library would cost more than it.
import { foldText } from '../search/fold.ts';
import { isWordCharacter } from '../search/tokens.ts';

/** A contiguous string to find (folded, see foldText). */
export interface TextQuery {
  kind: 'text';
  text: string;
}
/** `before`, then 1–10 characters without a sentence end, then `after`, in one paragraph (both folded). */
export interface GapQuery {
  kind: 'gap';
  before: string;
  after: string;
}
export interface AndQuery {
  kind: 'and';
  /** At least one not a NotQuery; none an AndQuery. Empty only for the empty query. */
  items: Query[];
}
export interface OrQuery {
  kind: 'or';
  /** Two or more, none a NotQuery or an OrQuery. */
  items: Query[];
}
export interface NotQuery {
  kind: 'not';
  item: Query;
}
export type Query = TextQuery | GapQuery | AndQuery | OrQuery | NotQuery;
/** The two kinds a paragraph's text is searched for; every other kind combines them. */
export type Leaf = TextQuery | GapQuery;

/** Why a query cannot be read: where (UTF-16 offset in the input) and what to write instead. */
export interface QueryError {
  at: number;
  message: string;
}

export const GAP_MIN = 1;
export const GAP_MAX = 10;
/** Characters a gap never spans: the filler stays inside one sentence. */
export const SENTENCE_ENDS = '。！？；';

export const EMPTY_QUERY: Query = { kind: 'and', items: [] };

export function isQueryError(value: Query | QueryError): value is QueryError {
  return 'message' in value;
}

export function isEmptyQuery(query: Query): boolean {
  return query.kind === 'and' && query.items.length === 0;
}

/** Operator characters, as typed on either keyboard width. */
const QUOTE = /^["＂]$/u;
const BAR = /^[|｜]$/u;
const MINUS = /^[-－]$/u;
const STAR = /^[*＊]$/u;
const SPACE = /^\s$/u;

class Failure extends Error {
  constructor(readonly at: number, message: string) {
    super(message);
  }
}

const hasWordCharacter = (text: string) => Array.from(text).some(isWordCharacter);

export function parseQuery(input: string): Query | QueryError {
  const chars = Array.from(input);
  // UTF-16 offset of each code point, for `at`.
  const offsets: number[] = [];
  let offset = 0;
  for (const char of chars) {
    offsets.push(offset);
    offset += char.length;
  }
  offsets.push(offset);
  let i = 0;
  const peek = () => chars[i];
  const at = (index = i) => offsets[index];
  const skipSpace = () => {
    while (i < chars.length && SPACE.test(chars[i])) i += 1;
  };
  const endsWord = (char: string | undefined) => char === undefined || SPACE.test(char) || BAR.test(char) || char === '(' || char === ')';

  /** A word: quoted and bare parts up to a space, bar or parenthesis; a bare * splits it. */
  function word(): Query | null {
    const start = i;
    const parts: string[] = [''];
    const starAt: number[] = [];
    let quoted = false;
    while (!endsWord(peek())) {
      const char = chars[i];
      if (QUOTE.test(char)) {
        const open = i;
        i += 1;
        quoted = true;
        for (;;) {
          if (i >= chars.length) throw new Failure(at(open), '引号没有配对：请在要精确查找的字串末尾补上 "');
          if (QUOTE.test(chars[i]) && QUOTE.test(chars[i + 1] ?? '')) {
            parts[parts.length - 1] += '"';
            i += 2;
          } else if (QUOTE.test(chars[i])) {
            i += 1;
            break;
          } else {
            parts[parts.length - 1] += chars[i];
            i += 1;
          }
        }
      } else if (STAR.test(char)) {
        starAt.push(i);
        parts.push('');
        i += 1;
      } else {
        parts[parts.length - 1] += char;
        i += 1;
      }
    }
    const folded = parts.map(foldText);
    if (starAt.length > 1) throw new Failure(at(starAt[1]), '一个词中只能有一个 *：写成 构建*命运共同体');
    if (starAt.length === 1) {
      const [before, after] = folded;
      if (!before || !after) throw new Failure(at(starAt[0]), '* 的两边都要有字词：写成 构建*命运共同体');
      if (!hasWordCharacter(before) && !hasWordCharacter(after)) throw new Failure(at(start), `“${before}*${after}”中没有可检索的字、字母或数字`);
      return { kind: 'gap', before, after };
    }
    const text = folded[0];
    if (!hasWordCharacter(text)) {
      // A bare run of punctuation among other words (as in 《 》 、 合作) is passed over, as before the grammar.
      if (!quoted) return null;
      throw new Failure(at(start), `“${text}”中没有可检索的字、字母或数字`);
    }
    return { kind: 'text', text };
  }

  function unary(): Query | null {
    const char = peek();
    if (char !== undefined && MINUS.test(char)) {
      const minus = i;
      i += 1;
      if (endsWord(peek()) && peek() !== '(') throw new Failure(at(minus), '- 后面缺少要排除的词：写成 -极端主义（中间不留空格）');
      const item = unary();
      if (!item) throw new Failure(at(minus), '- 后面缺少要排除的字词：写成 -极端主义');
      if (!bounded(item)) throw new Failure(at(minus), '- 后面要有要排除的词，而不是又一个排除：写成 -极端主义');
      return { kind: 'not', item };
    }
    if (char === '(') {
      const open = i;
      i += 1;
      const inner = sequence(open);
      if (peek() !== ')') throw new Failure(at(open), '括号没有配对：请补上 )');
      i += 1;
      if (isEmptyQuery(inner)) throw new Failure(at(open), '括号中没有检索词');
      return inner;
    }
    return word();
  }

  function alternatives(): Query | null {
    const first = i;
    const items: (Query | null)[] = [unary()];
    for (;;) {
      const before = i;
      skipSpace();
      if (!(peek() !== undefined && BAR.test(peek()))) {
        i = before;
        break;
      }
      const bar = i;
      if (items.at(-1) === null || before === first) throw new Failure(at(bar), '| 的两边都要有检索词：写成 反恐 | 反极端');
      i += 1;
      skipSpace();
      if (endsWord(peek()) && peek() !== '(') throw new Failure(at(bar), '| 的两边都要有检索词：写成 反恐 | 反极端');
      items.push(unary());
    }
    if (items.length === 1) return items[0];
    const kept = items.map((item) => {
      if (!item) throw new Failure(at(first), '| 的每一边都要有可检索的字、字母或数字');
      if (!bounded(item)) throw new Failure(at(first), '| 的每一边都要有要查找的词，不能只是排除词：写成 恐怖主义 | 极端主义');
      return item;
    });
    return combine('or', kept);
  }

  /** Terms up to a closing parenthesis (when `open` is given) or the end. */
  function sequence(open?: number): Query {
    const items: Query[] = [];
    for (;;) {
      skipSpace();
      const char = peek();
      if (char === undefined || char === ')') break;
      if (BAR.test(char)) throw new Failure(at(), '| 的两边都要有检索词：写成 反恐 | 反极端');
      const item = alternatives();
      if (item) items.push(item);
    }
    if (open === undefined && peek() === ')') throw new Failure(at(), '多余的 )：请删去，或在前面补上 (');
    const query = combine('and', items);
    // A group of exclusions alone may still stand in an AND: only the whole query must find something.
    if (open === undefined && items.length > 0 && !bounded(query)) {
      throw new Failure(0, '只有排除词：请至少给出一个要查找的词，如 恐怖主义 -极端主义');
    }
    return query;
  }

  try {
    return sequence();
  } catch (error) {
    if (error instanceof Failure) return { at: error.at, message: error.message };
    throw error;
  }
}

/** Whether a query's paragraphs can be found from what it asks for (it is not only exclusions). */
function bounded(query: Query): boolean {
  switch (query.kind) {
    case 'text':
    case 'gap':
      return true;
    case 'and':
      return query.items.some(bounded);
    case 'or':
      return query.items.every(bounded);
    case 'not':
      return false;
  }
}

/** An AND or OR of items: nested ones of the same kind flattened, repeats dropped, a single item alone. */
function combine(kind: 'and' | 'or', items: readonly Query[]): Query {
  const flat = items.flatMap((item) => (item.kind === kind ? item.items : [item]));
  const seen = new Set<string>();
  const distinct = flat.filter((item) => {
    const key = JSON.stringify(item);
    return !seen.has(key) && seen.add(key);
  });
  if (distinct.length === 1) return distinct[0];
  return { kind, items: distinct } as Query;
}
