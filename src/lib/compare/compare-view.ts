// Browser only: the rows of the compare view as DOM (see compare-page.ts).
import { paragraphLabel } from '../reading/citation.ts';
import { paragraphPath, compareAnchorId, type CompareSide } from '../urls.ts';
import type { AlignedRow } from './align.ts';
import type { DiffPart } from './diff.ts';
import type { DocumentFile } from './document-file.ts';
import { percent } from './similarity.ts';

export const SIDE_NAMES: Record<CompareSide, string> = { a: '甲', b: '乙' };
export const KIND_NAMES: Record<AlignedRow['kind'], string> = { identical: '相同', changed: '有改动', 'only-a': '仅见于甲', 'only-b': '仅见于乙' };
// Screen readers do not announce <del> and <ins>: each says what it is in words.
const MARKS = { deleted: { tag: 'del', label: '删去' }, inserted: { tag: 'ins', label: '增加' } } as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function hidden(text: string): HTMLElement {
  return element('span', 'visually-hidden', text);
}

/** One side's text: equal parts plain, the side's own changes marked (A shows deletions, B insertions). */
function markedText(parts: readonly DiffPart[], side: CompareSide): HTMLElement {
  const own = side === 'a' ? 'deleted' : 'inserted';
  const text = element('p', 'compare-text');
  for (const part of parts) {
    if (part.kind === 'equal') text.append(part.text);
    else if (part.kind === own) {
      const { tag, label } = MARKS[own];
      text.append(element(tag, '', hidden(`［${label}：`), part.text, hidden('］')));
    }
  }
  return text;
}

function side(file: DocumentFile, which: CompareSide, index: number, text: HTMLElement): HTMLElement {
  const { n } = file.paragraphs[index];
  const cell = element('div', `compare-side compare-side-${which}`);
  cell.id = compareAnchorId(which, n);
  const link = element('a', 'compare-number', `${SIDE_NAMES[which]} ${paragraphLabel(n)}`);
  link.href = paragraphPath(file.slug, n);
  cell.append(link, text);
  return cell;
}

function missing(which: CompareSide): HTMLElement {
  return element('div', `compare-side compare-side-${which} compare-missing`, `${SIDE_NAMES[which]}无对应段落`);
}

/** The list item of one row: its kind (and similarity), then side A and side B; `diff` is a changed pair's difference. */
export function renderRow(row: AlignedRow, a: DocumentFile, b: DocumentFile, diff?: readonly DiffPart[]): HTMLLIElement {
  const item = element('li', 'compare-row');
  item.dataset.kind = row.kind;
  const kind = element('p', 'compare-kind', KIND_NAMES[row.kind]);
  if (row.kind === 'changed') kind.append(` · 相似度 ${percent(row.similarity)}`);
  let cells: HTMLElement[];
  if (row.kind === 'only-a') cells = [side(a, 'a', row.a, element('p', 'compare-text', a.paragraphs[row.a].text)), missing('b')];
  else if (row.kind === 'only-b') cells = [missing('a'), side(b, 'b', row.b, element('p', 'compare-text', b.paragraphs[row.b].text))];
  else {
    const parts = row.kind === 'identical' || !diff ? [{ kind: 'equal' as const, text: a.paragraphs[row.a].text }] : diff;
    cells = [side(a, 'a', row.a, markedText(parts, 'a')), side(b, 'b', row.b, markedText(parts, 'b'))];
  }
  item.append(kind, element('div', 'compare-pair', ...cells));
  return item;
}
