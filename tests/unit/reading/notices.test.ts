import { describe, expect, it } from 'vitest';
import { anchorNotice, copyStatus } from '../../../src/lib/reading/notices.ts';

const noElement = () => false;

describe('anchorNotice', () => {
  it('says nothing when the target exists or there is none', () => {
    expect(anchorNotice({ kind: 'paragraphs', range: { from: 2, to: 3 } }, 41, noElement)).toBe('');
    expect(anchorNotice({ kind: 'none' }, 41, noElement)).toBe('');
    expect(anchorNotice({ kind: 'other', id: 'main' }, 41, (id) => id === 'main')).toBe('');
  });

  it('names a paragraph past the end, with the real count', () => {
    expect(anchorNotice({ kind: 'out-of-range', range: { from: 42, to: 42 } }, 41, noElement)).toBe('链接指向的第42段不存在：本文共41段。以下从文首开始显示。');
    expect(anchorNotice({ kind: 'out-of-range', range: { from: 40, to: 44 } }, 41, noElement)).toBe('链接指向的第40—44段不存在：本文共41段。以下从文首开始显示。');
  });

  it('names an id that no element has', () => {
    expect(anchorNotice({ kind: 'other', id: '十一' }, 41, noElement)).toBe('链接指向的位置“十一”在本文中不存在。以下从文首开始显示。');
  });
});

describe('copyStatus', () => {
  it('says what was copied, or that the clipboard refused', () => {
    expect(copyStatus('link', { from: 3, to: 3 }, true)).toBe('已复制第3段的链接');
    expect(copyStatus('citation', { from: 3, to: 5 }, true)).toBe('已复制第3—5段的引文');
    expect(copyStatus('link', { from: 3, to: 3 }, false)).toBe('无法复制第3段的链接：浏览器未允许使用剪贴板');
  });
});
