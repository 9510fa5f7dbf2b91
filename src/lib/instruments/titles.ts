/**
 * Titles of works in Chinese text: 《…》 (书名号), with a title named inside
 * another written 〈…〉 (《〈上合组织至2030年经济发展战略〉落实行动计划》).
 * Some texts nest 《》 itself (《…《…》…》): a mention is always the
 * outermost balanced 《…》. Written by hand rather than with a regular
 * expression because nesting needs a depth count.
 */
export const TITLE_OPEN = '《';
export const TITLE_CLOSE = '》';
export const INNER_TITLE_OPEN = '〈';
export const INNER_TITLE_CLOSE = '〉';

/** A title as it stands in a text: what is written between the outer 《》, and where the whole 《…》 span lies. */
export interface TitleSpan {
  title: string;
  /** Index of the outer 《. */
  start: number;
  /** Index just after the outer 》. */
  end: number;
}

/**
 * Every outermost balanced 《…》 of the text, in order. A 》 with no 《 before
 * it is text; a 《 never closed is text too, and titles after it still count.
 */
export function findTitles(text: string): TitleSpan[] {
  const spans: TitleSpan[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === TITLE_OPEN) open.push(i);
    else if (text[i] === TITLE_CLOSE && open.length > 0) {
      const start = open.pop()!;
      // Closing the outermost 《 still open: drop the inner spans this one contains.
      while (spans.length > 0 && spans[spans.length - 1].start > start) spans.pop();
      spans.push({ title: text.slice(start + 1, i), start, end: i + 1 });
    }
  }
  return spans;
}

/** The text with each title's inside (between the outer 《》) replaced by `change(title)`. */
export function mapTitles(text: string, change: (title: string) => string): string {
  let result = '';
  let at = 0;
  for (const { title, start, end } of findTitles(text)) {
    result += `${text.slice(at, start)}${TITLE_OPEN}${change(title)}${TITLE_CLOSE}`;
    at = end;
  }
  return result + text.slice(at);
}
