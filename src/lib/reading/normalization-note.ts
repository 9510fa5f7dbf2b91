import type { InlineChangeName, ParagraphSource } from '../../content/source-file.ts';
import { lineLabel } from '../source-anchor.ts';

const CHANGES: Record<InlineChangeName, string> = {
  spaces: '删去了汉字旁的空格',
  punctuation: '半角标点改为全角',
  quotes: '引号改为“”‘’',
  'title-marks': '书名号内的<>改为〈〉',
  enumerators: '㈠等带括号的数字改为（一）',
};

const lineList = (lines: readonly number[]) => `第${lines.join('、')}行`;

/**
 * What normalization did to one paragraph, in the order it happened, as
 * short sentences for the reader (the per-document notes of the provenance
 * box say the same for the whole document).
 */
export function describeNormalization(paragraph: ParagraphSource): string[] {
  const notes: string[] = [];
  const { line, to } = paragraph;
  if (paragraph.prefix) notes.push(`行首的“${paragraph.prefix.text}”是${paragraph.prefix.label}，移入来源说明`);
  if (paragraph.fromTraditional) notes.push('繁体字转为简体');
  for (const { find, replace, reason, line: at } of paragraph.corrections) notes.push(`更正${lineLabel(at)}：“${find}”改为“${replace}”（${reason}）`);
  if (to > line) notes.push(`原文${lineLabel({ from: line, to })}合为一段`);
  if (paragraph.pageBreakJoins.length > 0) notes.push(`${lineList(paragraph.pageBreakJoins)}隔着空行（分页）接续上文`);
  if (paragraph.pageNumbers.length > 0) notes.push(`删去其间的页码（${lineList(paragraph.pageNumbers)}）`);
  notes.push(...paragraph.changes.map((change) => CHANGES[change]));
  return notes.length > 0 ? notes : ['照录原文，未作改动'];
}
