import type { HashTarget, ParagraphRange } from '../anchor.ts';
import { paragraphLabel } from './citation.ts';

/**
 * What a reader is told when the address names nothing on the page: a
 * paragraph past the end, or an id no element has. Empty when the target
 * exists (or there is none).
 */
export function anchorNotice(target: HashTarget, count: number, hasElement: (id: string) => boolean): string {
  const missing =
    target.kind === 'out-of-range'
      ? `链接指向的${paragraphLabel(target.range)}不存在：本文共${count}段。`
      : target.kind === 'other' && !hasElement(target.id)
        ? `链接指向的位置“${target.id}”在本文中不存在。`
        : '';
  return missing && `${missing}以下从文首开始显示。`;
}

export type CopyKind = 'link' | 'citation';

/** The status line after a copy action, for success or a refused clipboard. */
export function copyStatus(kind: CopyKind, range: ParagraphRange, copied: boolean): string {
  const what = `${paragraphLabel(range)}的${kind === 'citation' ? '引文' : '链接'}`;
  return copied ? `已复制${what}` : `无法复制${what}：浏览器未允许使用剪贴板`;
}
