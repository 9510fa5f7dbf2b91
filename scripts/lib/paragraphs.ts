/** One line of a seed, with its 1-based number in the file. */
export interface SourceLine {
  line: number;
  text: string;
}

export type Block =
  | { type: 'heading'; line: number; raw: string }
  | { type: 'paragraph'; lines: SourceLine[]; joinedAcrossBlank: number[] };

export type ParagraphBreaks = 'sentence-end' | 'indentation';

// Section numbers standing alone on a line (003: 一 … 十).
const SECTION_NUMBER = /^[一二三四五六七八九十]{1,3}$/;
// What may close a paragraph; ：ends an opening such as "宣言如下：".
const PARAGRAPH_END = /[。！？：；…!?:;][”’"）)》」』〉]*$/;

export function isSectionHeading(raw: string): boolean {
  return SECTION_NUMBER.test(raw.trim());
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
  let blankSinceLast = false;

  for (const sourceLine of lines) {
    const { text } = sourceLine;
    if (text.trim() === '') {
      blankSinceLast = true;
      continue;
    }
    if (isSectionHeading(text)) {
      blocks.push({ type: 'heading', line: sourceLine.line, raw: text });
      current = undefined;
    } else if (current && continues(current.lines.at(-1)!.text, text, breaks)) {
      current.lines.push(sourceLine);
      if (blankSinceLast) current.joinedAcrossBlank.push(sourceLine.line);
    } else {
      current = { type: 'paragraph', lines: [sourceLine], joinedAcrossBlank: [] };
      blocks.push(current);
    }
    blankSinceLast = false;
  }
  return blocks;
}

function continues(previous: string, next: string, breaks: ParagraphBreaks): boolean {
  if (breaks === 'indentation') return !/\s$/.test(previous) && !/^\s/.test(next);
  return !endsParagraph(previous);
}

/** The lines of one paragraph as one string, before the inline rules run. */
export function joinLines(lines: readonly SourceLine[]): string {
  return lines.map(({ text }) => text.trim()).join(' ');
}
