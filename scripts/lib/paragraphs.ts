/** One line of a seed, with its 1-based number in the file. */
export interface SourceLine {
  line: number;
  text: string;
}

export type Block =
  | { type: 'heading'; line: number; raw: string }
  | { type: 'page-number'; line: number; raw: string }
  | { type: 'paragraph'; lines: SourceLine[]; joinedAcrossBlank: number[] };

export type ParagraphBreaks = 'sentence-end' | 'indentation';

// Section numbers standing alone on a line (003: 一 … 十).
const SECTION_NUMBER = /^[一二三四五六七八九十]{1,3}$/;
// A page number printed on a line of its own ("12", "- 12 -").
const PAGE_NUMBER = /^\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*$/;
// What may close a paragraph; ：ends an opening such as "宣言如下：".
const PARAGRAPH_END = /[。！？：；…!?:;][”’"）)》」』〉]*$/;

export function isSectionHeading(raw: string): boolean {
  return SECTION_NUMBER.test(raw.trim());
}

/**
 * A number alone on a line, with a blank line on each side, is a page number
 * — unless it can be part of a number wrapped across lines ("2" / "017年").
 * A bare number that a hard wrap put on its own line stays text.
 */
function isPageNumber(line: SourceLine, previous: SourceLine | undefined, next: SourceLine | undefined): boolean {
  const blankAround = (!previous || previous.line < line.line - 1) && (!next || next.line > line.line + 1);
  return PAGE_NUMBER.test(line.text) && blankAround && !/\d\s*$/.test(previous?.text ?? '') && !/^\s*\d/.test(next?.text ?? '');
}

export function endsParagraph(text: string): boolean {
  return PARAGRAPH_END.test(text.trim());
}

/**
 * Lines → headings and paragraphs. With "sentence-end", a block that stops
 * without closing punctuation continues in the next one (hard wraps and page
 * breaks, whatever blank lines lie between). With "indentation" (the UN
 * layout of 003), a leading space opens a paragraph and a trailing space
 * closes it; punctuation does not decide, since sentences end mid-paragraph.
 */
export function rebuildParagraphs(lines: readonly SourceLine[], breaks: ParagraphBreaks): Block[] {
  const blocks: Block[] = [];
  let current: Extract<Block, { type: 'paragraph' }> | undefined;
  const filled = lines.filter(({ text }) => text.trim() !== '');

  for (const [i, sourceLine] of filled.entries()) {
    const { text, line } = sourceLine;
    const last = current?.lines.at(-1);
    const open = last !== undefined && continues(last.text, text, breaks);
    if (isPageNumber(sourceLine, filled[i - 1], filled[i + 1])) {
      blocks.push({ type: 'page-number', line, raw: text });
    } else if (current && last && open) {
      current.lines.push(sourceLine);
      // Anything between the two lines (blank lines, a page number, a part set aside) is a page break.
      if (line > last.line + 1) current.joinedAcrossBlank.push(line);
    } else if (isSectionHeading(text)) {
      blocks.push({ type: 'heading', line, raw: text });
      current = undefined;
    } else {
      current = { type: 'paragraph', lines: [sourceLine], joinedAcrossBlank: [] };
      blocks.push(current);
    }
  }
  return blocks;
}

function continues(previous: string, next: string, breaks: ParagraphBreaks): boolean {
  if (breaks === 'indentation') return !/\s$/.test(previous) && !/^\s/.test(next);
  return !endsParagraph(previous);
}

/**
 * The lines of one paragraph as one string, before the inline rules run. A
 * line break inside Chinese text is no space at all; only two Latin words
 * (or a word and a number) wrapped apart get one back. Two digits meet
 * directly: a number wrapped across lines ("201" / "4年") is one number.
 */
export function joinLines(lines: readonly SourceLine[]): string {
  return lines
    .map(({ text }) => text.trim())
    .reduce((joined, next) => (joined === '' ? next : joined + (wordBreak(joined.at(-1)!, next[0]) ? ' ' : '') + next), '');
}

function wordBreak(before: string, after: string): boolean {
  const alphanumeric = /[A-Za-z0-9]/;
  return alphanumeric.test(before) && alphanumeric.test(after) && !(/\d/.test(before) && /\d/.test(after));
}
